package vn.giamngheo.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;
import vn.giamngheo.review.sheet.ReviewTestData;

/**
 * Parallel requests over HTTP on one commune's list: twenty submits at once, then an
 * approval racing five more submits. Every request ends in a redirect with a message,
 * never a 500, and the list ends in one consistent state.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class ReviewListHttpRaceTests {

	private static final int YEAR = 2021;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords stepRecords;

	@Autowired
	ReviewSheets sheets;

	List<MvcResult> race(List<Callable<MvcResult>> requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MvcResult>> futures = new ArrayList<>();
			for (Callable<MvcResult> request : requests) {
				futures.add(pool.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<MvcResult> results = new ArrayList<>();
			for (Future<MvcResult> f : futures) {
				results.add(f.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void parallelStepsOverHttpEndInOneConsistentListAndNeverInAServerError() throws Exception {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		long commune = ReviewTestData.communeId(jdbc, "Kim Sơn");
		var official = ReviewTestData.scopeOf(users, "xa.kimson");
		var layout = sheets.info(campaign, commune, official).layout();
		List<SheetRow> rows = new ArrayList<>();
		for (String code : jdbc.queryForList(
				"SELECT code FROM household WHERE commune_id = ? " + "ORDER BY sort_key DESC, id DESC LIMIT 3",
				String.class, commune)) {
			List<String> cells = new ArrayList<>(Collections.nCopies(layout.columnCount(), ""));
			cells.set(SheetLayout.CODE, code);
			cells.set(SheetLayout.AREA_TYPE, "Nông thôn");
			cells.set(SheetLayout.INCOME, "1000000");
			cells.set(layout.indicatorColumn(0), "X");
			rows.add(new SheetRow(4 + rows.size(), cells));
		}
		assertThat(sheets.write(campaign, commune, rows, official, "xa.kimson", (p, d, t) -> {
		}).written()).isTrue();
		String base = "/reviews/campaigns/" + campaign + "/communes/" + commune;
		var kimson = user(users.loadUserByUsername("xa.kimson"));

		List<Callable<MvcResult>> submits = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			submits.add(() -> mvc.perform(post(base + "/submit").with(kimson).with(csrf())).andReturn());
		}
		List<MvcResult> submitted = race(submits);
		assertThat(submitted).allMatch(r -> r.getResponse().getStatus() == 302);
		assertThat(submitted).filteredOn(r -> "flash.review.list.submit".equals(r.getFlashMap().get("flash")))
			.hasSize(1);
		assertThat(submitted).filteredOn(r -> "review.list.nothingTo.SUBMIT".equals(r.getFlashMap().get("problem")))
			.hasSize(19);
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, stepRecords, campaign, commune, official,
				"xa.kimson");
		reviews.markPosted(campaign, commune, official, "xa.kimson");
		// Decision 24/2021 with a district (a campaign before 01/07/2025): the district's
		// opinion comes first.
		reviews.consolidate(campaign, commune, ReviewTestData.scopeOf(users, "huyen.tracu"), "huyen.tracu");

		List<Callable<MvcResult>> mixed = new ArrayList<>();
		mixed.add(
				() -> mvc
					.perform(post(base + "/approve").with(kimson)
						.with(csrf())
						.param("decisionNumber", "21/QĐ-UBND")
						.param("decisionDate", "10/12/" + YEAR)
						.param("decisionSigner", "Trần Văn Ba")
						.param("carryForward", "true"))
					.andReturn());
		for (int i = 0; i < 5; i++) {
			mixed.add(() -> mvc.perform(post(base + "/post").with(kimson).with(csrf())).andReturn());
		}
		List<MvcResult> results = race(mixed);
		assertThat(results).allMatch(r -> r.getResponse().getStatus() == 302);
		assertThat(results.get(0).getFlashMap().get("flash")).isEqualTo("flash.review.list.approve");
		assertThat(results.subList(1, 6)).allMatch(r -> r.getFlashMap().get("problem") != null);
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT state FROM household_review WHERE campaign_id = ? " + "AND commune_id = ?",
				String.class, campaign, commune))
			.containsExactly("APPROVED");
		assertThat(jdbc.queryForObject(
				"SELECT decision_number FROM commune_review_list WHERE campaign_id = ? " + "AND commune_id = ?",
				String.class, campaign, commune))
			.isEqualTo("21/QĐ-UBND");
	}

}
