/** Alkire–Foster measures and ratios over many households, for the reports. */
@NamedInterface("measures")
package vn.giamngheo.poverty.measures;

import org.springframework.modulith.NamedInterface;
