package vn.giamngheo.support.persistence;

import java.util.List;

/**
 * The same benefit was already recorded for this beneficiary in this period; only an
 * override with a reason passes.
 */
public class DuplicateBenefit extends RuntimeException {

	private final List<DisbursementRow> existing;

	public DuplicateBenefit(List<DisbursementRow> existing) {
		super("duplicate of " + existing.stream().map(DisbursementRow::id).toList(), null, false, false);
		this.existing = List.copyOf(existing);
	}

	public List<DisbursementRow> existing() {
		return existing;
	}

}
