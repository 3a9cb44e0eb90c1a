package vn.giamngheo.support.persistence;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import vn.giamngheo.support.DuplicatePeriod;

/**
 * Gives the demo province a year of support like the seed reports describe: Tết
 * allowances of 500.000 đ and gift packages for poor and near-poor households, rice from
 * the national reserve, health-insurance cards for their members, quarterly electricity
 * support for poor households, tuition exemption for pupils, a few houses, and VBSP loans
 * with balances. Choices are made by hashing the household id with the seed, so the same
 * seed gives the same data, and everything is written with set-based SQL, so a million
 * households take seconds.
 * <p>
 * Tết support goes to the Tết season before today's ({@link DuplicatePeriod#TET_SEASON}),
 * so that a Tết list recorded today by hand or by a test never collides with the demo's.
 * Nothing dated after {@code today} is written.
 */
@NamedInterface("demo")
public final class DemoSupport {

	public static final String RECORDER = "demo";

	private DemoSupport() {
	}

	/**
	 * Writes the demo support unless it is there already; returns the number of
	 * disbursements written.
	 */
	public static long write(JdbcTemplate jdbc, long seed, LocalDate today) {
		Boolean present = jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM support_disbursement WHERE recorded_by = ?)", Boolean.class, RECORDER);
		if (Boolean.TRUE.equals(present)) {
			return 0;
		}
		int year = today.getYear();
		int tetYear = today.plusMonths(3).getYear() - 1;
		LocalDate tet = LocalDate.of(tetYear, 1, 20);
		String s = String.valueOf(seed);
		long written = 0;
		// Tết allowance: 500.000 đ to 95% of poor and near-poor households (cf. 375
		// households, 310.400.000 đ).
		written += household(jdbc, "TET", tet, "TET-" + tetYear, "500000", null, "'DISTRICT_BUDGET'",
				"QĐ 25/QĐ-UBND ngày 10/01/" + tetYear, "h.category IN ('POOR', 'NEAR_POOR')", 95, s + "tet");
		// Gift packages worth 400.000 đ from donations to 60% of them.
		written += household(jdbc, "QUA-TET", tet.minusDays(3), "TET-" + tetYear, "400000", "1", "'DONATIONS'",
				"KH 12/KH-MTTQ ngày 02/01/" + tetYear, "h.category IN ('POOR', 'NEAR_POOR')", 60, s + "qua");
		// Rice from the national reserve: 15 kg a person-ish, per household, to 40% of
		// poor households.
		written += household(jdbc, "GAO", tet.minusDays(5), "TET-" + tetYear, "NULL",
				"(10 + 5 * least(h.member_count, 4))", "'NATIONAL_RESERVE'", "QĐ 45/QĐ-TTg ngày 05/01/" + tetYear,
				"h.category = 'POOR'", 40, s + "gao");
		// Electricity support for poor and social-protection households: 49.000 đ a
		// month, paid by quarter.
		for (int q = 1; q <= 4; q++) {
			LocalDate paid = LocalDate.of(year, q * 3, 25);
			if (paid.isAfter(today)) {
				break;
			}
			written += household(jdbc, "TIEN-DIEN", paid, DuplicatePeriod.QUARTER.key(paid), "147000", null,
					"'CENTRAL_BUDGET'", "QĐ 28/2014/QĐ-TTg; QĐ chi quý " + q + "/" + year,
					"(h.category = 'POOR' OR h.social_protection_beneficiary)", 97, s + "dien" + q);
		}
		// Houses built or repaired (cf. 41 houses, 2.110 triệu đồng): 2% of poor
		// households, 40 or 50 million.
		LocalDate built = LocalDate.of(year, 6, 15).isAfter(today) ? LocalDate.of(year - 1, 6, 15)
				: LocalDate.of(year, 6, 15);
		written += household(jdbc, "NHA-O", built, "ONCE",
				"CASE WHEN abs(hashtext(h.id::text || '" + s + "n')) % 2 = 0 THEN 40000000 ELSE 50000000 END", "1",
				"'DONATIONS'", "QĐ 310/QĐ-UBND ngày 01/06/" + built.getYear(), "h.category = 'POOR'", 2, s + "nha");
		// Health-insurance cards for members who hold one (the register's card number),
		// paid by the budget.
		LocalDate cards = LocalDate.of(year, 1, 5);
		written += jdbc.update(
				"""
						INSERT INTO support_disbursement (program_id, household_id, member_id, commune_id, disbursed_on,
						    period_key, amount, quantity, funding_source, decision_ref, recorded_by)
						SELECT p.id, h.id, m.id, h.commune_id, ?, ?, CASE WHEN h.category = 'POOR' THEN 1105650 ELSE 773955 END, 1,
						       'CENTRAL_BUDGET', ?, ?
						FROM household h JOIN household_member m ON m.household_id = h.id
						JOIN support_program p ON p.code = 'BHYT'
						WHERE h.category IN ('POOR', 'NEAR_POOR') AND m.health_insurance_card IS NOT NULL""",
				java.sql.Date.valueOf(cards), String.valueOf(year), "QĐ cấp thẻ BHYT năm " + year, RECORDER);
		// Tuition exemption and study-cost support for 85% of pupils: 150.000 đ a month
		// for 9 months.
		LocalDate school = LocalDate.of(year, 9, 15).isAfter(today) ? LocalDate.of(year, 2, 15)
				: LocalDate.of(year, 9, 15);
		written += jdbc.update("""
				INSERT INTO support_disbursement (program_id, household_id, member_id, commune_id, disbursed_on,
				    period_key, amount, quantity, funding_source, decision_ref, recorded_by)
				SELECT p.id, h.id, m.id, h.commune_id, ?, ?, 1350000, NULL, 'PROVINCIAL_BUDGET', ?, ?
				FROM household h JOIN household_member m ON m.household_id = h.id
				JOIN support_program p ON p.code = 'HOC-PHI'
				WHERE h.category IN ('POOR', 'NEAR_POOR') AND m.schooling = 'ATTENDING'
				  AND abs(hashtext(m.id::text || ?)) % 100 < 85""", java.sql.Date.valueOf(school), String.valueOf(year),
				"NĐ 81/2021/NĐ-CP; QĐ miễn học phí " + year, RECORDER, s + "hp");
		loans(jdbc, s, today);
		return written;
	}

	private static int household(JdbcTemplate jdbc, String program, LocalDate on, String period, String amount,
			String quantity, String source, String decision, String who, int percent, String salt) {
		return jdbc.update(
				"""
						INSERT INTO support_disbursement (program_id, household_id, commune_id, disbursed_on, period_key, amount,
						    quantity, funding_source, decision_ref, recorded_by)
						SELECT p.id, h.id, h.commune_id, ?, ?, %s, %s, %s, ?, ?
						FROM household h JOIN support_program p ON p.code = ?
						WHERE %s AND abs(hashtext(h.id::text || ?)) %% 100 < ?"""
					.formatted(amount, quantity == null ? "NULL" : quantity, source, who),
				java.sql.Date.valueOf(on), period, decision, RECORDER, program, salt, percent);
	}

	/**
	 * VBSP loans: a quarter of poor and a fifth of near-poor households asked in the last
	 * two years; nine in ten were lent 30 to 100 million đồng for 3 to 5 years, and have
	 * repaid part of it.
	 */
	private static void loans(JdbcTemplate jdbc, String s, LocalDate today) {
		jdbc.update("""
				INSERT INTO support_loan (program_id, household_id, commune_id, requested_on, requested_amount, status,
				    amount, lent_on, due_on, balance, recorded_by, updated_by)
				SELECT p.id, x.id, x.commune_id, x.requested_on, x.amount,
				       CASE WHEN x.r < 90 THEN 'LENT' WHEN x.r < 95 THEN 'REFUSED' ELSE 'REQUESTED' END,
				       CASE WHEN x.r < 90 THEN x.amount END,
				       CASE WHEN x.r < 90 THEN x.requested_on + 20 END,
				       CASE WHEN x.r < 90 THEN (x.requested_on + 20 + make_interval(years => 3 + x.r % 3))::date END,
				       CASE WHEN x.r < 90 THEN x.amount - x.amount * (x.r % 5) / 10 ELSE 0 END,
				       ?, ?
				FROM (SELECT h.id, h.commune_id, h.category,
				             (?::date - (abs(hashtext(h.id::text || ?)) % 700))::date AS requested_on,
				             (30 + abs(hashtext(h.id::text || ?)) % 8 * 10) * 1000000::bigint AS amount,
				             abs(hashtext(h.id::text || ?)) % 100 AS r
				      FROM household h
				      WHERE (h.category = 'POOR' AND abs(hashtext(h.id::text || ?)) % 100 < 25)
				         OR (h.category = 'NEAR_POOR' AND abs(hashtext(h.id::text || ?)) % 100 < 20)) x
				JOIN support_program p ON p.code = CASE WHEN x.category = 'POOR' THEN 'VAY-HN' ELSE 'VAY-HCN' END
				""", RECORDER, RECORDER, java.sql.Date.valueOf(today.minusDays(21)), s + "ld", s + "la", s + "lr",
				s + "lp", s + "ln");
	}

}
