package vn.giamngheo.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.stereotype.Component;

/**
 * Micrometer timers on the use cases an operator watches (issue 11 §2): a review saved, a
 * commune list approved, an import written (review sheet, area CSV), a report or summary
 * built. Pointcuts name the service methods, so the services themselves stay free of
 * metrics code. Exported as {@code giamngheo_*_seconds} on /actuator/prometheus.
 */
@Aspect
@Component
class UseCaseTimers {

	private final MeterRegistry registry;

	UseCaseTimers(MeterRegistry registry) {
		this.registry = registry;
	}

	@Around("execution(* vn.giamngheo.review.persistence.ReviewService.save(..))")
	Object reviewSave(ProceedingJoinPoint call) throws Throwable {
		return time("giamngheo.review.save", "review", call);
	}

	@Around("execution(* vn.giamngheo.review.persistence.ReviewService.approveList(..))")
	Object listApproval(ProceedingJoinPoint call) throws Throwable {
		return time("giamngheo.review.list.approval", "review", call);
	}

	@Around("execution(* vn.giamngheo.review.persistence.sheet.ReviewSheets.write(..))"
			+ " || execution(* vn.giamngheo.area.persistence.AreaImport.importCsv(..))")
	Object importing(ProceedingJoinPoint call) throws Throwable {
		return time("giamngheo.import", call.getSignature().getDeclaringType().getSimpleName(), call);
	}

	@Around("execution(* vn.giamngheo.report.persistence.AreaSummaries.rebuild(..))"
			+ " || execution(* vn.giamngheo.report.persistence.AreaSummaries.refresh(..))")
	Object reportBuild(ProceedingJoinPoint call) throws Throwable {
		return time("giamngheo.report.build", call.getSignature().getName(), call);
	}

	private Object time(String name, String what, ProceedingJoinPoint call) throws Throwable {
		Timer.Sample sample = Timer.start(registry);
		String outcome = "success";
		try {
			return call.proceed();
		}
		catch (Throwable failure) {
			outcome = "failure";
			throw failure;
		}
		finally {
			sample.stop(Timer.builder(name).tag("use_case", what).tag("outcome", outcome).register(registry));
		}
	}

}
