package vn.giamngheo.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Issue 11, finding 7: bulk disbursements racing the duplicate index. Not transactional:
 * the threads must see the data.
 */
@SpringBootTest
class BulkRaceTests {

	static final LocalDate TET = LocalDate.of(2025, 1, 25);

	@Autowired
	BulkDisbursements support;

	@Autowired
	SupportCatalogue catalogue;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	long poor;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		poor = households.register(Fixtures.household(tree.village(), "Thạch Thị Đua"), tree.official(), "t");
		fixtures.recognise(poor, HouseholdCategory.POOR);
	}

	@Test
	void twoBulkDisbursementsRacingForTheSameHouseholdsRecordOnceAndTellTheOtherToLookAgain() throws Exception {
		var bulk = new BulkCommand(tree.commune().getId(), Set.of(HouseholdCategory.POOR), catalogue.byCode("TET").id(),
				TET, 500_000L, null, FundingSource.DISTRICT_BUDGET, "QĐ 30/QĐ-UBND");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var start = new java.util.concurrent.CountDownLatch(1);
		var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
		for (int i = 0; i < 2; i++) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					support.recordBulk(bulk, Set.of(poor), tree.official(), "xa");
					return "recorded";
				}
				catch (FieldProblem problem) {
					return problem.messageKey();
				}
			}));
		}
		start.countDown();
		var results = new java.util.ArrayList<String>();
		for (var outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();
		assertThat(results).contains("recorded");
		assertThat(results).allMatch(
				r -> r.equals("recorded") || r.equals("support.bulk.raced") || r.equals("support.bulk.noneSelected"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM support_disbursement WHERE household_id = ? "
				+ "AND decision_ref = 'QĐ 30/QĐ-UBND'", Long.class, poor))
			.isEqualTo(1);
	}

}
