package vn.giamngheo.review.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.persistence.sheet.CellError;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Real parallel requests against one commune's list on PostgreSQL: every step and every
 * write takes the list's row lock, so whatever the order the list ends in one consistent
 * state, nothing is lost, and the loser of a race gets a refusal with a message key
 * (never an unexpected exception). Not transactional: each call commits as in use.
 */
@SpringBootTest
class ReviewListConcurrencyTests {

	@Autowired
	ReviewService reviews;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords stepRecords;

	@Autowired
	ReviewSheets sheets;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	long campaign;

	long commune;

	List<String> codes = new ArrayList<>();

	static final LocalDate DECIDED = LocalDate.of(2025, 12, 10);

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		commune = tree.commune().getId();
		campaign = vn.giamngheo.testsupport.LateEntryTestData.allowEntry(jdbc,
				reviews.openCampaign(2025, tree.district().getId(), LocalDate.of(2025, 9, 1),
						LocalDate.of(2025, 12, 14), tree.districtOfficer(), "huyen"));
		for (String head : List.of("Thạch Sa Rươne", "Kim Thị Sa Ly", "Sơn Văn Đực")) {
			long id = households.register(Fixtures.household(tree.village(), head), tree.official(), "xa");
			fixtures.recognise(id, HouseholdCategory.POOR);
			codes.add(jdbc.queryForObject("SELECT code FROM household WHERE id = ?", String.class, id));
		}
	}

	SheetRow row(int number, String code, String income, String version) {
		var layout = sheets.info(campaign, commune, tree.official()).layout();
		List<String> cells = new ArrayList<>(Collections.nCopies(layout.columnCount(), ""));
		cells.set(SheetLayout.CODE, code);
		cells.set(SheetLayout.VERSION, version);
		cells.set(SheetLayout.AREA_TYPE, "Nông thôn");
		cells.set(SheetLayout.INCOME, income);
		cells.set(layout.indicatorColumn(0), "X");
		return new SheetRow(number, cells);
	}

	ReviewSheets.Result writeSheet(SheetRow... rows) {
		return sheets.write(campaign, commune, List.of(rows), tree.official(), "xa", (p, d, t) -> {
		});
	}

	/**
	 * The first two households reviewed, submitted and posted; the third has no review.
	 */
	void twoPosted() {
		assertThat(writeSheet(row(4, codes.get(0), "1000000", ""), row(5, codes.get(1), "1200000", "")).written())
			.isTrue();
		reviews.submitList(campaign, commune, tree.official(), "xa");
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, stepRecords, campaign, commune, tree.official(),
				"xa");
		reviews.markPosted(campaign, commune, tree.official(), "xa");
	}

	ReviewSteps.Approval approval(String number) {
		return new ReviewSteps.Approval(number, DECIDED, "Trần Văn Ba", true);
	}

	/**
	 * Runs the tasks at once, from a common start; each ends in its value or in the
	 * message key of its refusal.
	 */
	@SafeVarargs
	final List<Object> race(Callable<Object>... tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			CountDownLatch ready = new CountDownLatch(tasks.length);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Object> task : tasks) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					try {
						return task.call();
					}
					catch (FieldProblem refused) {
						return refused.messageKey();
					}
				}));
			}
			ready.await(10, TimeUnit.SECONDS);
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> f : futures) {
				results.add(f.get(60, TimeUnit.SECONDS)); // any other exception fails the
															// test here
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	String states() {
		return String.join(",",
				jdbc.queryForList("SELECT state FROM household_review WHERE campaign_id = ? " + "ORDER BY state",
						String.class, campaign));
	}

	boolean locked() {
		return jdbc.queryForObject("SELECT locked FROM commune_review_list WHERE campaign_id = ? AND commune_id = ?",
				Boolean.class, campaign, commune);
	}

	@Test
	void twentyParallelSubmitsMoveTheListOnce() throws Exception {
		writeSheet(row(4, codes.get(0), "1000000", ""), row(5, codes.get(1), "1200000", ""),
				row(6, codes.get(2), "900000", ""));
		List<Callable<Object>> submits = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			submits.add(() -> reviews.submitList(campaign, commune, tree.official(), "xa"));
		}
		List<Object> results = race(submits.toArray(Callable[]::new));

		assertThat(results).filteredOn(r -> r.equals(3)).hasSize(1);
		assertThat(results).filteredOn(r -> r.equals("review.list.nothingTo.SUBMIT")).hasSize(19);
		assertThat(states()).isEqualTo("SUBMITTED,SUBMITTED,SUBMITTED");
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM review_event e JOIN household_review r ON r.id = e.review_id
				WHERE r.campaign_id = ? AND e.action = 'SUBMIT'""", Integer.class, campaign)).isEqualTo(3);
	}

	@Test
	void anApprovalRacingASheetConfirmNeverLocksAListHoldingDrafts() throws Exception {
		twoPosted();
		List<Object> results = race(
				() -> reviews.approveList(campaign, commune, approval("125/QĐ-UBND"), tree.official(), "xa"),
				() -> writeSheet(row(6, codes.get(2), "900000", "")));

		if (locked()) { // the approval won: the sheet was refused as a whole, nothing of
						// it written
			assertThat(results.get(0)).isEqualTo(2);
			assertThat(((ReviewSheets.Result) results.get(1)).written()).isFalse();
			assertThat(((ReviewSheets.Result) results.get(1)).errors()).extracting(CellError::messageKey)
				.contains("reviewSheet.error.locked");
			assertThat(states()).isEqualTo("APPROVED,APPROVED");
		}
		else { // the sheet won: its draft stops the approval, and the list stays open
				// with all three reviews
			assertThat(results.get(0)).isEqualTo("review.list.notAllPosted");
			assertThat(((ReviewSheets.Result) results.get(1)).written()).isTrue();
			assertThat(states()).isEqualTo("DRAFT,POSTED,POSTED");
		}
	}

	@Test
	void aReturnRacingTheApprovalEndsInOneConsistentList() throws Exception {
		twoPosted();
		long first = jdbc.queryForObject("""
				SELECT r.id FROM household_review r JOIN household h ON h.id = r.household_id
				WHERE r.campaign_id = ? AND h.code = ?""", Long.class, campaign, codes.get(0));
		List<Object> results = race(
				() -> reviews.approveList(campaign, commune, approval("125/QĐ-UBND"), tree.official(), "xa"), () -> {
					reviews.act(first, ReviewAction.RETURN, "Thiếu thu nhập", null, null, tree.districtOfficer(),
							"huyen");
					return "returned";
				});

		if (locked()) {
			assertThat(results).containsExactly(2, "review.refused.locked");
			assertThat(states()).isEqualTo("APPROVED,APPROVED");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM poverty_assessment pa JOIN household h "
					+ "ON h.id = pa.household_id WHERE h.commune_id = ?", Integer.class, commune))
				.isEqualTo(2);
		}
		else {
			assertThat(results).containsExactly("review.list.notAllPosted", "returned");
			assertThat(states()).isEqualTo("POSTED,RETURNED");
		}
	}

	@Test
	void twoApprovalsAtOnceRecordOneDecisionThatIsNeverOverwritten() throws Exception {
		twoPosted();
		List<Object> results = race(
				() -> reviews.approveList(campaign, commune, approval("125/QĐ-UBND"), tree.official(), "xa"),
				() -> reviews.approveList(campaign, commune, approval("999/QĐ-UBND"), tree.official(), "xa"));

		assertThat(results).containsOnlyOnce(2).containsOnlyOnce("review.list.alreadyApproved");
		String winner = results.get(0).equals(2) ? "125/QĐ-UBND" : "999/QĐ-UBND";
		assertThat(jdbc.queryForObject("SELECT decision_number || ' ' || decision_signer FROM commune_review_list "
				+ "WHERE campaign_id = ? AND commune_id = ?", String.class, campaign, commune))
			.isEqualTo(winner + " Trần Văn Ba");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM commune_review_list_event WHERE campaign_id = ? " + "AND action = 'APPROVE'",
				Integer.class, campaign))
			.isEqualTo(1);
	}

	@Test
	void twoStaleSheetsOfTheSameVersionWriteOnceAndTheOtherIsRefusedRowByRow() throws Exception {
		writeSheet(row(4, codes.get(0), "1000000", ""));
		List<Object> results = race(() -> writeSheet(row(4, codes.get(0), "1500000", "0")),
				() -> writeSheet(row(4, codes.get(0), "2500000", "0")));

		List<ReviewSheets.Result> written = results.stream()
			.map(ReviewSheets.Result.class::cast)
			.filter(ReviewSheets.Result::written)
			.toList();
		List<ReviewSheets.Result> refused = results.stream()
			.map(ReviewSheets.Result.class::cast)
			.filter(r -> !r.written())
			.toList();
		assertThat(written).hasSize(1);
		assertThat(refused).singleElement()
			.satisfies(r -> assertThat(r.errors()).extracting(CellError::row, CellError::messageKey)
				.containsExactly(org.assertj.core.api.Assertions.tuple(4, "reviewSheet.error.stale")));
		assertThat(
				jdbc.queryForObject("SELECT version FROM household_review WHERE campaign_id = ?", Long.class, campaign))
			.isEqualTo(1L);
	}

	@Test
	void aSheetMadeBeforeAReviewExistedIsStaleEvenAgainstVersionZero() {
		writeSheet(row(4, codes.get(0), "1000000", ""));
		ReviewSheets.Result stale = writeSheet(row(4, codes.get(0), "1700000", ""));
		assertThat(stale.written()).isFalse();
		assertThat(stale.errors()).extracting(CellError::messageKey).containsExactly("reviewSheet.error.stale");
		assertThat(jdbc.queryForObject("SELECT monthly_income_per_capita FROM household_review WHERE campaign_id = ?",
				Long.class, campaign))
			.isEqualTo(1_000_000L);
	}

	@Test
	void approvingWithUnreviewedHouseholdsNeedsTheChoiceAndADecisionThatCanBeSigned() {
		twoPosted();
		var stop = new ReviewSteps.Approval("125/QĐ-UBND", DECIDED, "Trần Văn Ba", false);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> reviews.approveList(campaign, commune, stop, tree.official(), "xa"))
			.isInstanceOfSatisfying(FieldProblem.class,
					p -> assertThat(p.messageKey()).isEqualTo("review.list.unreviewedChoice"));
		var future = new ReviewSteps.Approval("125/QĐ-UBND", LocalDate.of(2099, 12, 1), "Trần Văn Ba", true);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> reviews.approveList(campaign, commune, future, tree.official(), "xa"))
			.isInstanceOfSatisfying(FieldProblem.class,
					p -> assertThat(p.messageKey()).isEqualTo("review.decision.dateInFuture"));
		var tooLong = new ReviewSteps.Approval("1".repeat(51), DECIDED, "Trần Văn Ba", true);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> reviews.approveList(campaign, commune, tooLong, tree.official(), "xa"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("decisionNumber"));
		assertThat(locked()).isFalse();

		assertThat(reviews.approvalPreview(campaign, commune, tree.official()).unreviewed())
			.extracting(u -> u.headName())
			.containsExactly("Sơn Văn Đực");
		reviews.approveList(campaign, commune, approval("125/QĐ-UBND"), tree.official(), "xa");
		assertThat(jdbc.queryForObject("SELECT carried_forward FROM commune_review_list WHERE campaign_id = ?",
				Integer.class, campaign))
			.isEqualTo(1);
		assertThat(jdbc.queryForList(
				"SELECT action FROM household_change hc JOIN household h ON h.id = "
						+ "hc.household_id WHERE h.commune_id = ? AND hc.action LIKE 'CATEGORY%'",
				String.class, commune))
			.isNotEmpty()
			.allMatch("CATEGORY_APPROVE"::equals);
	}

}
