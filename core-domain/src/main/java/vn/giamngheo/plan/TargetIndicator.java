package vn.giamngheo.plan;

/**
 * What a target measures. Some are computed from the data the application holds (the
 * poverty rates from approved reviews or the register, health-insurance coverage from
 * members' cards); the others are entered by officers with the date of the figure.
 */
public enum TargetIndicator {

	POVERTY_RATE(TargetKind.REDUCTION_POINTS, true), POVERTY_RATE_KHMER(TargetKind.REDUCTION_POINTS, true),
	NEAR_POVERTY_RATE(TargetKind.RATE_TO_REACH, true), HEALTH_INSURANCE_COVERAGE(TargetKind.COVERAGE_SHARE, true),
	JOBS(TargetKind.COUNT_TO_REACH, false), WORKERS_ABROAD(TargetKind.COUNT_TO_REACH, false),
	REGULAR_EMPLOYMENT(TargetKind.COUNT_TO_REACH, false), TRAINED_WORKERS_SHARE(TargetKind.COVERAGE_SHARE, false),
	CERTIFIED_WORKERS_SHARE(TargetKind.COVERAGE_SHARE, false), OTHER_COUNT(TargetKind.COUNT_TO_REACH, false),
	OTHER_SHARE(TargetKind.COVERAGE_SHARE, false);

	private final TargetKind defaultKind;

	private final boolean computed;

	TargetIndicator(TargetKind defaultKind, boolean computed) {
		this.defaultKind = defaultKind;
		this.computed = computed;
	}

	public TargetKind defaultKind() {
		return defaultKind;
	}

	/** The actual figure comes from the data; officers do not enter it. */
	public boolean computed() {
		return computed;
	}

	/**
	 * Whether {@code kind} makes sense for this indicator (a rate is never a count and
	 * vice versa).
	 */
	public boolean accepts(TargetKind kind) {
		return switch (this) {
			case POVERTY_RATE, POVERTY_RATE_KHMER, NEAR_POVERTY_RATE ->
				kind == TargetKind.RATE_TO_REACH || kind == TargetKind.REDUCTION_POINTS;
			default -> kind == defaultKind;
		};
	}

}
