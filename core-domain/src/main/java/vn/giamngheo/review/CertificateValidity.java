package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a certificate of a poor or near-poor household is valid. It starts on the date
 * of the chair's decision that recognised the household (Decision 24/2021/QĐ-TTg, Art.
 * 4(5) and 5(3)) and ends when the list it belongs to is replaced: the list of an annual
 * review of year Y is the one in use during Y + 1, a regular review corrects the list in
 * use during the year of its decision. It never outlives the period of the poverty
 * standard the household was classified with (Decree 07/2021/NĐ-CP, Art. 3, extended to
 * 31/12/2026), and never ends before it starts: a decision dated after its standard's
 * period certifies nothing.
 */
public record CertificateValidity(LocalDate from, LocalDate to) {

	public CertificateValidity {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("validity ends " + to + " before it starts " + from);
		}
	}

	/**
	 * @param decisionDate the date of the chair's decision
	 * @param annual whether the decision approved an annual (periodic) list rather than a
	 * regular review
	 * @param listYear the year of the review
	 * @param standardEnds the last day of the standard's period, or null when it names
	 * none
	 * @return the validity, or empty when the decision falls after the standard's period
	 */
	public static Optional<CertificateValidity> of(LocalDate decisionDate, boolean annual, int listYear,
			LocalDate standardEnds) {
		LocalDate replaced = annual ? LocalDate.of(Math.max(listYear, decisionDate.getYear()) + 1, 12, 31)
				: LocalDate.of(decisionDate.getYear(), 12, 31);
		LocalDate end = standardEnds != null && standardEnds.isBefore(replaced) ? standardEnds : replaced;
		if (end.isBefore(decisionDate)) {
			return Optional.empty();
		}
		return Optional.of(new CertificateValidity(decisionDate, end));
	}
}
