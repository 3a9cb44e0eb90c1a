package vn.giamngheo.report;

import java.util.List;

/**
 * How many communes of an area have an approved list for a period, and which do not (by
 * code and name), so that a partial figure is never read as a total.
 */
public record Coverage(int communes, int approved, List<Missing> missing) {

	public record Missing(long id, String code, String name) {
	}

	public Coverage {
		missing = List.copyOf(missing);
		if (approved < 0 || approved > communes || communes - approved != missing.size()) {
			throw new IllegalArgumentException(
					"coverage: " + approved + " of " + communes + " with " + missing.size() + " missing");
		}
	}

	public boolean complete() {
		return communes > 0 && approved == communes;
	}

	public ReportStatus status() {
		return complete() ? ReportStatus.OFFICIAL : ReportStatus.PROVISIONAL;
	}

	public Coverage plus(Coverage o) {
		List<Missing> all = new java.util.ArrayList<>(missing);
		all.addAll(o.missing);
		return new Coverage(communes + o.communes, approved + o.approved, all);
	}

	public static Coverage of(List<Coverage> parts) {
		return parts.stream().reduce(new Coverage(0, 0, List.of()), Coverage::plus);
	}
}
