package vn.giamngheo.household.persistence.duplicates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.shared.persistence.rowsecurity.RowSecurity;

/**
 * Finds households that may be the same family registered twice, and puts each pair in
 * the queue ({@code duplicate_candidate}). Two people are the same person when their
 * folded names (no diacritics, so "Nguyễn Văn Ân" and "Nguyen Van An" are one name) are
 * similar by trigram similarity ({@code pg_trgm}) and they were born on the same day, or
 * on the day with day and month swapped (05/03 typed as 03/05). The birth date and the
 * first letter of the given name (the last word) are the blocking key: only people born
 * the same day whose given names start alike are compared, so a scan stays near linear in
 * the register and an import of 350,000 people takes seconds. A pair of households scores
 * higher when the matched people live in the same village, share an ethnic group, or when
 * more than one of their members match (the households overlap).
 *
 * <p>
 * The same citizen ID twice is not a candidate: the register refuses it outright (unique
 * index, and the import and entry checks), wherever in the province the first record is.
 */
@Service
@Transactional
public class DuplicateFinder {

	private static final String FIND = """
			WITH src AS (
			    SELECT m.id, m.household_id, m.name_key, m.date_of_birth, m.ethnicity, h.village_id, h.commune_id,
			           left(split_part(m.name_key, ' ', -1), 1) AS initial
			    FROM household_member m JOIN household h ON h.id = m.household_id
			    WHERE %s
			), people AS NOT MATERIALIZED (
			    SELECT id, household_id, name_key, date_of_birth, ethnicity,
			           left(split_part(name_key, ' ', -1), 1) AS initial
			    FROM household_member
			), hits AS (
			    SELECT s.id AS m1, o.id AS m2, s.household_id AS h1, o.household_id AS h2, s.name_key AS n1,
			           o.name_key AS n2, false AS swapped, s.ethnicity = o.ethnicity AS same_eth, s.village_id AS v1,
			           s.commune_id AS c1
			    FROM src s JOIN people o ON o.date_of_birth = s.date_of_birth AND o.initial = s.initial
			    WHERE o.household_id <> s.household_id AND %s
			    UNION ALL
			    SELECT s.id, o.id, s.household_id, o.household_id, s.name_key, o.name_key, true,
			           s.ethnicity = o.ethnicity, s.village_id, s.commune_id
			    FROM src s JOIN people o ON o.date_of_birth = giamngheo_swap_day_month(s.date_of_birth)
			         AND o.initial = s.initial
			    WHERE o.household_id <> s.household_id AND %s
			), scored AS (
			    SELECT hits.*, similarity(n1, n2) AS sim, oh.village_id AS v2, oh.commune_id AS c2
			    FROM hits JOIN household oh ON oh.id = hits.h2
			), pairs AS (
			    SELECT least(h1, h2) AS ha, greatest(h1, h2) AS hb, max(sim) AS sim, bool_or(swapped) AS swapped,
			           bool_and(swapped) AS only_swapped, bool_or(v1 = v2) AS same_village, bool_or(same_eth) AS same_eth,
			           bool_or(c1 <> c2) AS other_commune, count(DISTINCT least(m1, m2)) AS matched,
			           (array_agg(CASE WHEN h1 < h2 THEN m1 ELSE m2 END ORDER BY sim DESC))[1] AS ma,
			           (array_agg(CASE WHEN h1 < h2 THEN m2 ELSE m1 END ORDER BY sim DESC))[1] AS mb
			    FROM scored WHERE sim >= ?
			    GROUP BY 1, 2
			)
			INSERT INTO duplicate_candidate (household_a, household_b, member_a, member_b, code_a, code_b, commune_a,
			    commune_b, score, reasons, matched_members, found_by)
			SELECT p.ha, p.hb, p.ma, p.mb, a.code, b.code, a.commune_id, b.commune_id,
			       least(1, round((0.7 * p.sim + CASE WHEN p.same_village THEN 0.1 ELSE 0 END
			           + CASE WHEN p.same_eth THEN 0.1 ELSE 0 END + CASE WHEN p.matched > 1 THEN 0.1 ELSE 0 END)::numeric, 3)),
			       array_remove(ARRAY[
			           CASE WHEN p.sim >= 0.999 THEN 'SAME_NAME' ELSE 'SIMILAR_NAME' END,
			           CASE WHEN p.only_swapped THEN 'BIRTH_DATE_SWAPPED' ELSE 'SAME_BIRTH_DATE' END,
			           CASE WHEN p.same_village THEN 'SAME_VILLAGE' END,
			           CASE WHEN p.same_eth THEN 'SAME_ETHNICITY' END,
			           CASE WHEN p.other_commune THEN 'OTHER_COMMUNE' END,
			           CASE WHEN p.matched > 1 THEN 'MEMBERS_OVERLAP' END]::text[], NULL),
			       p.matched, ?
			FROM pairs p JOIN household a ON a.id = p.ha JOIN household b ON b.id = p.hb
			ON CONFLICT (code_a, code_b) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons,
			    matched_members = EXCLUDED.matched_members, member_a = EXCLUDED.member_a, member_b = EXCLUDED.member_b,
			    household_a = EXCLUDED.household_a, household_b = EXCLUDED.household_b
			WHERE duplicate_candidate.status = 'OPEN'""";

	private final JdbcTemplate jdbc;

	private final double threshold;

	public DuplicateFinder(JdbcTemplate jdbc, @Value("${giamngheo.duplicates.name-similarity:0.6}") double threshold) {
		this.jdbc = jdbc;
		this.threshold = threshold;
	}

	/**
	 * The people of the households an import wrote, against the whole register (the
	 * file's own rows included). The tables are analysed first, inside the import's
	 * transaction (ANALYZE counts the transaction's own new rows), and nested loops are
	 * turned off for the statement: with the statistics of before the import the planner
	 * would otherwise compare each new person with the whole register one by one.
	 */
	public int findForImport(long importId) {
		return RowSecurity.unrestricted(jdbc, () -> {
			jdbc.execute("ANALYZE household_member");
			jdbc.execute("ANALYZE household");
			return inBulk(
					() -> find("m.household_id IN (SELECT household_id FROM household_change WHERE import_id = ?)",
							"true", "IMPORT", importId));
		});
	}

	/**
	 * One person just entered or edited on the member form. Both searches compare with
	 * the whole register, past the caller's row-level security (issue 10): they only
	 * record candidate pairs, which the review of duplicates shows by its own scope
	 * rules.
	 */
	public int findForMember(long memberId) {
		return RowSecurity.unrestricted(jdbc, () -> find("m.id = ?", "true", "ENTRY", memberId));
	}

	/** The whole register, each pair of people compared once. */
	public int scanAll() {
		return inBulk(() -> find("true", "o.id > s.id", "SCAN"));
	}

	/**
	 * Hash joins on the blocking key for a set-based search; one person on a form keeps
	 * the index on births.
	 */
	private int inBulk(java.util.function.IntSupplier search) {
		jdbc.execute("SET LOCAL enable_nestloop = off");
		try {
			return search.getAsInt();
		}
		finally {
			jdbc.execute("SET LOCAL enable_nestloop = on");
		}
	}

	private int find(String source, String pairFilter, String foundBy, Object... args) {
		String sql = FIND.formatted(source, pairFilter, pairFilter);
		Object[] all = new Object[args.length + 2];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = threshold;
		all[args.length + 1] = foundBy;
		return jdbc.update(sql, all);
	}

}
