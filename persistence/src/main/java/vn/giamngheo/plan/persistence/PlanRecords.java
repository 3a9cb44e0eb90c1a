package vn.giamngheo.plan.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.plan.AllocationCheck;
import vn.giamngheo.plan.Progress;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.TargetKind;

/** Read models and commands of plans and targets. */
public final class PlanRecords {

	private PlanRecords() {
	}

	public record PlanCommand(long areaId, int year, String number, LocalDate issuedOn, String issuer, String title) {
	}

	public record TargetCommand(TargetIndicator indicator, TargetKind kind, String label, BigDecimal value,
			BigDecimal baseline) {
	}

	/**
	 * One commune's allocation as entered: value, and optionally the base weighing a rate
	 * and its start rate.
	 */
	public record AllocationCommand(long communeId, BigDecimal value, Long base, BigDecimal baseline) {
	}

	public record Plan(long id, long areaId, String areaName, int year, String number, LocalDate issuedOn,
			String issuer, String title, long version, String updatedBy) {
	}

	public record Target(long id, long planId, int position, TargetIndicator indicator, TargetKind kind, String label,
			BigDecimal value, BigDecimal baseline, long version) {
	}

	public record Allocation(long communeId, String communeName, BigDecimal value, Long base, BigDecimal baseline) {
	}

	public record Actual(long id, long targetId, Long communeId, String communeName, BigDecimal value, LocalDate asOf,
			String note, String enteredBy) {
	}

	/**
	 * Where one commune stands on one target. {@code source} is DATA (computed from the
	 * register or reviews) or ENTERED (typed by an officer), null when there is no
	 * figure.
	 */
	public record CommuneProgress(long communeId, String communeName, BigDecimal allocated, BigDecimal actual,
			LocalDate asOf, String source, Progress.Result progress) {
	}

	/**
	 * Where a target stands for the whole plan area, with the allocation check and each
	 * commune.
	 */
	public record TargetProgress(Target target, BigDecimal actual, LocalDate asOf, String source,
			Progress.Result progress, AllocationCheck.Result allocationCheck, List<CommuneProgress> communes) {
	}

	public record Commune(long id, String name) {
	}

}
