package vn.giamngheo.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A money or quantity field of a form: accepts and shows Vietnamese grouping ("500.000",
 * "2,5"), read by the one rule of {@link vn.giamngheo.shared.GroupedNumber}. Without it
 * Spring reads a {@code Long} with {@code Long.valueOf} and "500.000" fails as a type
 * mismatch.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface Grouped {

}
