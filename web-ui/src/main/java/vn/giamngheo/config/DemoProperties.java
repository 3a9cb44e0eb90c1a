package vn.giamngheo.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Size of the generated demo province; the default is one small district and its
 * neighbour.
 */
@ConfigurationProperties("giamngheo.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("2") int districts,
		@DefaultValue("2000") int households, @DefaultValue("2023") long seed) {
}
