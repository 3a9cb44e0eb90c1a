package vn.giamngheo.poverty.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.AreaThresholds;
import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;

/**
 * Gives every demo household one poverty assessment consistent with its category under
 * the national 2022–2025 standard (Decree 07/2021/NĐ-CP Art. 3(1)): poor = income at or
 * below the line and at least 3 deficiencies, near-poor = at or below the line with
 * fewer, average-living = above the line up to the ceiling, not poor = above the ceiling.
 * Incomes are whole thousands of đồng, spread below and above the lines as review lists
 * show them (most poor households just under the line); deficiencies are weighted toward
 * the indicators the Mekong-delta reviews report most often: health insurance, floor
 * area, latrine, water, employment. Each generated row is checked against the engine, so
 * the demo can never contradict the rule it illustrates.
 * <p>
 * The standard is the built-in one on purpose, not the catalogue's choice (issue 10
 * decided it): the demo loader runs on an empty database before any administrator can
 * store a version, the rows are stamped VN-2022-2025 v1 and must stay reproducible from
 * the demo seed alone, and a stored version of that id would have another number.
 * <p>
 * Households are read in id order a chunk at a time and the assessments go in with COPY,
 * so a million households take seconds. A random generator of its own (seeded from the
 * demo seed) leaves the household data unchanged.
 */
@NamedInterface("demo")
public final class DemoAssessments {

	public static final String STANDARD_ID = "VN-2022-2025";

	/**
	 * The demo's review date: inside the 2023 annual review, before the households'
	 * "today" of 31/12/2023.
	 */
	public static final LocalDate ASSESSED_ON = LocalDate.of(2023, 11, 30);

	private static final int CHUNK = 10_000;

	/**
	 * Relative frequency of each indicator among deficient households of the demo
	 * province.
	 */
	private static final List<String> CODES = List.of(Indicator.HEALTH_INSURANCE, Indicator.HOUSING_AREA,
			Indicator.SANITATION, Indicator.DOMESTIC_WATER, Indicator.EMPLOYMENT, Indicator.HOUSING_QUALITY,
			Indicator.ADULT_EDUCATION, Indicator.DEPENDANTS, Indicator.INFORMATION_ACCESS, Indicator.TELECOM_SERVICES,
			Indicator.CHILD_SCHOOL_ATTENDANCE, Indicator.NUTRITION);

	private static final int[] WEIGHTS = { 20, 16, 16, 12, 10, 8, 7, 4, 3, 2, 1, 1 };

	private DemoAssessments() {
	}

	/**
	 * Writes the assessments of every household that has none yet, through
	 * {@code connection} (the caller's transaction) and returns how many were written.
	 */
	public static long write(JdbcTemplate jdbc, Connection connection, long seed) {
		PovertyStandard standard = standard();
		SplittableRandom random = new SplittableRandom(seed * 31 + 7);
		long written = 0;
		long last = 0;
		while (true) {
			List<Object[]> rows = jdbc.query("""
					SELECT h.id, h.category, c.area_type FROM household h JOIN area c ON c.id = h.commune_id
					WHERE h.id > ? AND h.category <> 'NOT_REVIEWED'
					  AND NOT EXISTS (SELECT 1 FROM poverty_assessment a WHERE a.household_id = h.id)
					ORDER BY h.id LIMIT ?
					""", (rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) }, last, CHUNK);
			if (rows.isEmpty()) {
				return written;
			}
			StringBuilder csv = new StringBuilder(rows.size() * 96);
			for (Object[] row : rows) {
				long household = (Long) row[0];
				PovertyCategory category = PovertyCategory.valueOf((String) row[1]);
				AreaType area = AreaType.valueOf((String) row[2]);
				long income = income(category, standard.thresholds(area), random);
				List<String> deficiencies = deficiencies(deficiencyCount(category, random), random);
				if (standard.category(area, income, deficiencies.size()) != category) {
					throw new IllegalStateException("demo assessment of household " + household + " contradicts "
							+ category + ": " + income + " đ, " + deficiencies);
				}
				csv.append(household)
					.append(',')
					.append(ASSESSED_ON)
					.append(',')
					.append(area.name())
					.append(',')
					.append(income)
					.append(",\"{")
					.append(String.join(",", deficiencies))
					.append("}\",")
					.append(category.name())
					.append(',')
					.append(standard.id())
					.append(',')
					.append(standard.version())
					.append(",demo\n");
				last = household;
			}
			copy(connection, csv.toString());
			written += rows.size();
		}
	}

	/** The built-in VN-2022-2025 v1 (see the class comment for why not the catalogue). */
	private static PovertyStandard standard() {
		return PovertyStandards.builtIn()
			.find(STANDARD_ID, 1)
			.orElseThrow(() -> new IllegalStateException("built-in standard " + STANDARD_ID + " missing"));
	}

	static long income(PovertyCategory category, AreaThresholds t, SplittableRandom random) {
		long line = t.incomeLine();
		long ceiling = t.averageLivingCeiling() == null ? line * 3 / 2 : t.averageLivingCeiling();
		double u = random.nextDouble();
		long income = switch (category) {
			// sqrt(u) leans toward the line: most poor households are close to it, few
			// far below.
			case POOR -> (long) (line * (0.45 + 0.55 * Math.sqrt(u)));
			case NEAR_POOR -> (long) (line * (0.65 + 0.35 * Math.sqrt(u)));
			case AVERAGE_LIVING -> line + 1_000 * (1 + random.nextLong(Math.max(1, (ceiling - line) / 1_000)));
			// u² leaves a long tail of well-off households above the ceiling.
			case NOT_POOR -> ceiling + 1_000 + (long) (ceiling * 2.5 * u * u);
		};
		return income / 1_000 * 1_000;
	}

	static int deficiencyCount(PovertyCategory category, SplittableRandom random) {
		int r = random.nextInt(100);
		return switch (category) {
			case POOR -> r < 50 ? 3 : r < 80 ? 4 : r < 95 ? 5 : 6;
			case NEAR_POOR -> r < 15 ? 0 : r < 55 ? 1 : 2;
			case AVERAGE_LIVING -> r < 45 ? 0 : r < 80 ? 1 : r < 95 ? 2 : 3;
			case NOT_POOR -> r < 65 ? 0 : r < 90 ? 1 : r < 98 ? 2 : 3;
		};
	}

	/**
	 * {@code count} distinct codes drawn by weight without replacement, in the standard's
	 * order.
	 */
	static List<String> deficiencies(int count, SplittableRandom random) {
		boolean[] taken = new boolean[CODES.size()];
		int remaining = 0;
		for (int w : WEIGHTS) {
			remaining += w;
		}
		for (int k = 0; k < count; k++) {
			int r = random.nextInt(remaining);
			for (int i = 0; i < CODES.size(); i++) {
				if (taken[i]) {
					continue;
				}
				r -= WEIGHTS[i];
				if (r < 0) {
					taken[i] = true;
					remaining -= WEIGHTS[i];
					break;
				}
			}
		}
		List<String> chosen = new ArrayList<>(count);
		for (String code : standard().indicatorCodes()) {
			int i = CODES.indexOf(code);
			if (i >= 0 && taken[i]) {
				chosen.add(code);
			}
		}
		return chosen;
	}

	private static void copy(Connection connection, String csv) {
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY poverty_assessment (household_id, assessed_on, area_type, monthly_income_per_capita, "
						+ "deficiencies, category, standard_id, standard_version, created_by) FROM STDIN (FORMAT csv)",
						new StringReader(csv));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not write demo assessments", ex);
		}
	}

}
