/**
 * A household's and its members' facts as the indicator rules read them: the
 * classification's input.
 */
@NamedInterface("facts")
package vn.giamngheo.poverty.facts;

import org.springframework.modulith.NamedInterface;
