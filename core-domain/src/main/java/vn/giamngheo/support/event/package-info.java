/** Support's domain events. */
@NamedInterface("events")
package vn.giamngheo.support.event;

import org.springframework.modulith.NamedInterface;
