package vn.giamngheo.shared.persistence;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from one clock in Vietnam's zone, so that "today" is the same for every rule
 * and can be fixed in tests.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

}
