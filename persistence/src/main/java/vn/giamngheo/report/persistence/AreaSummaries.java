package vn.giamngheo.report.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * Keeps {@code area_summary} (one row per commune and year) in step with the data, so
 * that reports add up a few hundred stored rows instead of a million households.
 * <p>
 * Categories of a year come from the year's approved or consolidated household reviews
 * ({@code household_review}, latest final review per household); households without a
 * final review that year keep the register's category. A commune with no final review in
 * a year gets a row only for the register's year (the year of the latest stored poverty
 * assessment, or this year when there is none), marked {@code REGISTER}. Deficiencies
 * come from the review, else from the latest {@code poverty_assessment}.
 * <p>
 * Called by the review feature after an approval: {@link #refresh(int, long)}. A full
 * {@link #rebuild()} runs at start-up when the table is empty and from the reports page
 * ("Tính lại số liệu"). The statements that add the households up are
 * {@link AreaSummarySql}'s; this class chooses what to recompute and when.
 */
@Service
public class AreaSummaries {

	private static final Logger log = LoggerFactory.getLogger(AreaSummaries.class);

	static final String FINAL_STATES = AreaSummarySql.FINAL_STATES;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/**
	 * The catalogue, not the built-in registry: a version an administrator stored must
	 * reach the sums (issue 10).
	 */
	private final PovertyStandardCatalog catalog;

	public AreaSummaries(NamedParameterJdbcTemplate jdbc, Clock clock, PovertyStandardCatalog catalog) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.catalog = catalog;
	}

	/**
	 * Recomputes one commune's sums for one year, e.g. right after the commune's review
	 * list for {@code year} was approved or consolidated. Runs in the caller's
	 * transaction when there is one, so the sums commit with the approval.
	 */
	@Transactional
	public void refresh(int year, long communeId) {
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("communes", List.of(communeId));
		jdbc.update("DELETE FROM area_summary WHERE year = :year AND commune_id IN (:communes)", p);
		jdbc.update("DELETE FROM area_summary_ethnicity WHERE year = :year AND commune_id IN (:communes)", p);
		insert(year, List.of(communeId), false);
	}

	/**
	 * Recomputes one commune's sums for a year over all its households (final reviews of
	 * the year, else the register's category), whether or not it has a final review: the
	 * figures an official record freezes.
	 */
	@Transactional
	public void refreshWhole(int year, long communeId) {
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("communes", List.of(communeId));
		jdbc.update("DELETE FROM area_summary WHERE year = :year AND commune_id IN (:communes)", p);
		jdbc.update("DELETE FROM area_summary_ethnicity WHERE year = :year AND commune_id IN (:communes)", p);
		insert(year, List.of(communeId), true);
	}

	/**
	 * Recomputes every commune for every year that has final reviews, and the register's
	 * year.
	 */
	@Transactional
	public void rebuild() {
		long start = System.nanoTime();
		jdbc.getJdbcTemplate().update("DELETE FROM area_summary_ethnicity");
		jdbc.getJdbcTemplate().update("DELETE FROM area_summary");
		List<Integer> years = yearsWithData();
		for (int year : years) {
			insert(year, null, false);
		}
		log.info("Area summaries rebuilt for years {} in {} ms", years, (System.nanoTime() - start) / 1_000_000);
	}

	/** Recomputes one year for every commune. */
	@Transactional
	public void rebuild(int year) {
		MapSqlParameterSource p = new MapSqlParameterSource("year", year);
		jdbc.update("DELETE FROM area_summary_ethnicity WHERE year = :year", p);
		jdbc.update("DELETE FROM area_summary WHERE year = :year", p);
		insert(year, null, false);
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return !Boolean.TRUE
			.equals(jdbc.getJdbcTemplate().queryForObject("SELECT EXISTS (SELECT 1 FROM area_summary)", Boolean.class));
	}

	/** Years with at least one final review, plus the register's year. */
	List<Integer> yearsWithData() {
		List<Integer> years = new ArrayList<>(jdbc.getJdbcTemplate()
			.queryForList("SELECT DISTINCT year FROM household_review WHERE state IN " + FINAL_STATES, Integer.class));
		int register = registerYear();
		if (!years.contains(register)) {
			years.add(register);
		}
		years.sort(null);
		return years;
	}

	/**
	 * The year the register's current categories stand for: that of the latest stored
	 * assessment, else this year.
	 */
	public int registerYear() {
		// One date of the whole register, no person in it, kept by the database in one
		// row (V89).
		Integer year = jdbc.getJdbcTemplate()
			.queryForObject("SELECT CAST(extract(year FROM assessed_on) AS INTEGER) FROM register_year WHERE id = 1",
					Integer.class);
		return year != null ? year : LocalDate.now(clock).getYear();
	}

	/**
	 * The national standard applied to a year's sums: the one of the catalogue (built-in
	 * or stored, highest active version) valid on 31 December of that year. A version
	 * stored after the sums were made reaches them at the next refresh or rebuild ("Tính
	 * lại số liệu").
	 */
	public PovertyStandard standardFor(int year) {
		PovertyStandards standards = catalog.standards();
		return standards.applicableNational(LocalDate.of(year, 12, 31))
			.or(() -> standards.find("VN-2022-2025", 1))
			.orElseThrow();
	}

	private void insert(int year, List<Long> communes, boolean whole) {
		PovertyStandard standard = standardFor(year);
		boolean registerYear = whole || year == registerYear();
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("registerYear", registerYear)
			.addValue("k", standard.minDeficiencies())
			.addValue("standardId", standard.id())
			.addValue("standardVersion", standard.version());
		if (communes != null) {
			p.addValue("communes", communes);
		}
		AreaSummarySql sql = new AreaSummarySql(standard.indicatorCodes(), communes != null);
		jdbc.update(sql.insertSummaries(), p);
		jdbc.update(sql.insertEthnicity(), p);
	}

}
