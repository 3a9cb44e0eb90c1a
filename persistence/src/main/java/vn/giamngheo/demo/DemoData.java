package vn.giamngheo.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a realistic demo province of any size: districts, communes, villages,
 * accounts for every role and households with members, in the proportions the seed
 * reports give (about 4.5% poor and 6% near-poor households in Trà Cú, 60% of them
 * Khmer). The same seed always gives the same data. Rows go in with PostgreSQL COPY so
 * that a million households load in about a minute. The tree and accounts are
 * {@link DemoTree}, this year's campaign {@link DemoCampaign}; the rows go through
 * {@link DemoCsv}.
 */
@Service
public class DemoData {

	public static final String PROVINCE_CODE = "84";

	public static final String PASSWORD = "GiamNgheo@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final java.time.Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<vn.giamngheo.report.persistence.OfficialRecord> record;

	private final vn.giamngheo.area.persistence.AreaSuccessions successions;

	private final org.springframework.beans.factory.ObjectProvider<vn.giamngheo.poverty.persistence.PovertyStandardCatalog> standards;

	public DemoData(JdbcTemplate jdbc, DataSource dataSource, java.time.Clock clock,
			org.springframework.beans.factory.ObjectProvider<vn.giamngheo.report.persistence.OfficialRecord> record,
			vn.giamngheo.area.persistence.AreaSuccessions successions,
			org.springframework.beans.factory.ObjectProvider<vn.giamngheo.poverty.persistence.PovertyStandardCatalog> standards) {
		this.standards = standards;
		this.record = record;
		this.successions = successions;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * @param districts how many districts (the first two are Trà Cú and Cầu Ngang with
	 * their real commune names)
	 * @param households how many households in all, spread over the communes
	 * @param seed the random seed
	 */
	public record Spec(int districts, int households, long seed) {
		public static Spec small() {
			return new Spec(2, 2_000, 2023);
		}
	}

	public boolean isLoaded() {
		return Boolean.TRUE.equals(
				jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM area WHERE code = ?)", Boolean.class, PROVINCE_CODE));
	}

	/**
	 * Loads the demo province unless it is there already; {@code hasher} hashes the demo
	 * password.
	 */
	@Transactional
	public void load(Spec spec, Function<String, String> hasher) {
		if (isLoaded()) {
			log.info("Demo data already present; nothing loaded");
			return;
		}
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(spec.seed());
		String hash = hasher.apply(PASSWORD);
		DemoTree.Built tree = new DemoTree(jdbc, hash).build(spec.districts(), random);
		long province = tree.province();
		List<HouseholdWriter.Commune> communes = tree.communes();
		// Maintaining the trigram index row by row makes a million-household load take
		// many minutes; building it
		// once afterwards takes seconds. DDL is transactional in PostgreSQL, so a failed
		// load leaves it in place.
		boolean large = spec.households() > 50_000;
		if (large) {
			jdbc.execute("DROP INDEX household_search");
		}
		try {
			new HouseholdWriter(connection(), random, jdbc).write(spec.households(), communes);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not write demo households", ex);
		}
		if (large) {
			jdbc.execute("CREATE INDEX household_search ON household USING gin (search_text gin_trgm_ops)");
		}
		vn.giamngheo.poverty.persistence.DemoAssessments.write(jdbc, connection(), spec.seed());
		vn.giamngheo.support.persistence.DemoSupport.write(jdbc, spec.seed(), LocalDate.now(clock));
		jdbc.execute("ANALYZE household");
		jdbc.execute("ANALYZE household_member");
		// After ANALYZE: the official record's per-commune queries need the planner to
		// know the tables' sizes.
		jdbc.execute("ANALYZE poverty_assessment");
		DemoOfficialRecord.write(jdbc, record.getObject(), spec.seed());
		// After the official 2023 and 2024 lists: the 2025 reform leaves them on the old
		// units.
		if (spec.districts() >= 2) {
			DemoReform.apply(jdbc, successions, province, hash);
		}
		DemoCampaign.open(jdbc, standards.getObject(), clock, province);
		log.info("Demo province loaded: {} districts, {} communes, {} households in {} ms", spec.districts(),
				communes.size(), spec.households(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Vacuums the freshly loaded tables so that PostgreSQL's visibility map is set and
	 * counts can be answered from indexes, as autovacuum would do on a working database.
	 * VACUUM cannot run inside a transaction, so this is a separate call after
	 * {@link #load}.
	 */
	public void vacuum() {
		jdbc.execute("VACUUM ANALYZE household");
		jdbc.execute("VACUUM ANALYZE household_member");
		// Issue 12: never analysed before, the planner took 764,000 disbursements for 343
		// and sorted them on disk.
		jdbc.execute("VACUUM ANALYZE support_disbursement");
		jdbc.execute("VACUUM ANALYZE poverty_assessment");
	}

	private Connection connection() {
		return DataSourceUtils.getConnection(dataSource);
	}

}
