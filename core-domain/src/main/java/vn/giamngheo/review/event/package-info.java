/** The review's domain events, records published by its steps; reports listen to them. */
@NamedInterface("events")
package vn.giamngheo.review.event;

import org.springframework.modulith.NamedInterface;
