package vn.giamngheo.poverty;

/**
 * Outcome of classifying a household under a {@link PovertyStandard}. Declared from
 * poorest to least poor, so {@link #ordinal()} order is the welfare order used by
 * monotonicity checks and transition matrices.
 */
public enum PovertyCategory {

	POOR, // hộ nghèo
	NEAR_POOR, // hộ cận nghèo
	AVERAGE_LIVING, // hộ có mức sống trung bình (income-only band, Decree 07/2021/NĐ-CP
					// Art. 3(1)(c))
	NOT_POOR;

	/** True when this category is strictly poorer than {@code other}. */
	public boolean isPoorerThan(PovertyCategory other) {
		return ordinal() < other.ordinal();
	}

}
