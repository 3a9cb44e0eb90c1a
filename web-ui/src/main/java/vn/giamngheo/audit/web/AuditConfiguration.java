package vn.giamngheo.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.giamngheo.account.persistence.LoginThrottle;
import vn.giamngheo.audit.persistence.AuditLog;
import vn.giamngheo.audit.persistence.AuditPartitions;

/**
 * Wires the audit: the interceptor on every controller, and a daily job that makes the
 * next months' partitions and drops those past the retention period
 * (GIAMNGHEO_AUDIT_RETENTION_MONTHS, default 60 months: five years).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration implements WebMvcConfigurer {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AuditLog audit;

	private final AuditPartitions partitions;

	private final LoginThrottle throttle;

	private final Clock clock;

	private final int retentionMonths;

	AuditConfiguration(AuditLog audit, AuditPartitions partitions, LoginThrottle throttle, Clock clock,
			@Value("${giamngheo.audit.retention-months:60}") int retentionMonths) {
		this.audit = audit;
		this.partitions = partitions;
		this.throttle = throttle;
		this.clock = clock;
		this.retentionMonths = retentionMonths;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuditInterceptor(audit))
			.excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/**");
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		housekeeping();
	}

	@Scheduled(cron = "0 15 1 * * *", zone = "Asia/Ho_Chi_Minh")
	void housekeeping() {
		LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
		partitions.ensureAhead(today, 2);
		if (retentionMonths > 0) {
			partitions.dropOlderThan(today, retentionMonths);
		}
		throttle.forgetOlderThan(java.time.Duration.ofDays(1));
	}

}
