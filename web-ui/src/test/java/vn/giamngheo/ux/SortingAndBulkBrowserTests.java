package vn.giamngheo.ux;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewInput;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.sheet.ReviewTestData;
import vn.giamngheo.shared.VietnameseText;

/**
 * Issue 13, "tables an Excel user expects", the rest of it: the household list sorted on
 * the server by a column, the other tables sorted in the browser (numbers as numbers,
 * names in Vietnamese order, the total row in place), and the review list's "select all"
 * with a bulk submit that names each household it refused.
 */
class SortingAndBulkBrowserTests extends BrowserTest {

	/**
	 * The shared campaign of Trà Cú; this class adds reviews only in a commune no other
	 * 2024 test reads.
	 */
	private static final int YEAR = 2024;

	/** Communes whose lists other tests read or change. */
	private static final List<String> TAKEN = List.of("xa.ngaixuyen", "xa.kimson", "xa.anquanghuu", "xa.ngocbien",
			"xa.hamgiang", "xa.tantap", "xa.phuochung", "xa.longhiep", "xa.thanhson", "xa.hiephoa");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewCampaigns campaigns;

	private static String suffix(int width) {
		return width > 1000 ? "" : "-tablet";
	}

	private static long number(String text) {
		return Long.parseLong(text.replaceAll("[^\\d]", ""));
	}

	/** "5,36%" → 5.36: the way an officer reads the cell. */
	private static double decimal(String text) {
		return Double.parseDouble(text.replace("%", "").replace(".", "").replace(",", ".").strip());
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void theHouseholdListIsSortedByAColumnOnTheServerAndKeepsTheSortWhenPaging(int width, int height) {
		page.setViewportSize(width, height);
		loginAs("xa.ngaixuyen");
		page.navigate(url("/households"));
		Locator table = page.getByTestId("household-list");
		Locator byMembers = page.locator("th.sortable", new Page.LocatorOptions().setHasText("Số nhân khẩu"));
		assertThat(byMembers).hasAttribute("aria-sort", "none");
		// The register order: by given name, in Vietnamese order.
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chủ hộ")))
			.hasAttribute("aria-sort", "ascending");

		byMembers.locator("a").click();
		assertThat(page).hasURL(Pattern.compile(".*sort=members.*"));
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Số nhân khẩu")))
			.hasAttribute("aria-sort", "ascending");
		page.locator("th.sortable", new Page.LocatorOptions().setHasText("Số nhân khẩu")).locator("a").click();
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Số nhân khẩu")))
			.hasAttribute("aria-sort", "descending");
		assertThat(page).hasURL(Pattern.compile(".*dir=desc.*"));

		// The first page holds the largest households of the commune, largest first.
		long largest = jdbc.queryForObject("""
				SELECT max(h.member_count) FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Ngãi Xuyên' AND c.code LIKE '84%'""", Long.class);
		List<Long> members = new ArrayList<>();
		for (String cell : table.locator("tbody tr td.num").allTextContents()) {
			members.add(number(cell));
		}
		List<Long> largestFirst = new ArrayList<>(members);
		largestFirst.sort(Comparator.reverseOrder());
		Assertions.assertThat(members).hasSizeGreaterThan(1).isEqualTo(largestFirst);
		Assertions.assertThat(members.get(0)).isEqualTo(largest);
		screenshot("ho-gia-dinh-sap-xep" + suffix(width) + ".png");

		// The next page continues the same order.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sau")).click();
		assertThat(page).hasURL(Pattern.compile(".*page=1.*"));
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Số nhân khẩu")))
			.hasAttribute("aria-sort", "descending");
		long firstOfNext = number(table.locator("tbody tr td.num").first().textContent());
		Assertions.assertThat(firstOfNext).isLessThanOrEqualTo(members.get(members.size() - 1));
	}

	@Test
	void anUnknownHouseholdSortKeyFallsBackToTheRegisterOrder() {
		loginAs("xa.ngaixuyen");
		Response answer = page.navigate(url("/households?sort=head_name;DROP TABLE household&dir=sideways"));
		Assertions.assertThat(answer.status()).isEqualTo(200);
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chủ hộ")))
			.hasAttribute("aria-sort", "ascending");
		assertThat(page.getByTestId("household-list").locator("tbody tr")).not().hasCount(0);
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void aTableOfFiguresSortsInTheBrowserNumbersAsNumbersNamesInVietnameseOrderAndTheTotalRowStays(int width,
			int height) {
		page.setViewportSize(width, height);
		loginAs("huyen.tracu");
		page.navigate(url("/summary"));
		Locator table = page.getByTestId("summary");
		String total = table.locator("tfoot tr").textContent();
		int rows = table.locator("tbody tr").count();
		Assertions.assertThat(rows).isGreaterThan(10);

		// The poor rate ("5,36%"): as text "10,2%" would sort before "9,8%".
		Locator rate = table.locator("thead th").nth(3);
		rate.getByRole(AriaRole.BUTTON).click();
		assertThat(rate).hasAttribute("aria-sort", "ascending");
		List<Double> rates = new ArrayList<>();
		for (String cell : table.locator("tbody tr td:nth-child(4)").allTextContents()) {
			rates.add(decimal(cell));
		}
		List<Double> ascending = new ArrayList<>(rates);
		ascending.sort(Comparator.naturalOrder());
		Assertions.assertThat(rates).hasSize(rows).isEqualTo(ascending);

		// Households ("1.234"), largest first after a second click.
		Locator households = table.locator("thead th").nth(1);
		households.getByRole(AriaRole.BUTTON).click();
		households.getByRole(AriaRole.BUTTON).click();
		assertThat(households).hasAttribute("aria-sort", "descending");
		assertThat(rate).hasAttribute("aria-sort", "none");
		List<Long> counts = new ArrayList<>();
		for (String cell : table.locator("tbody tr td:nth-child(2)").allTextContents()) {
			counts.add(number(cell));
		}
		List<Long> largestFirst = new ArrayList<>(counts);
		largestFirst.sort(Comparator.reverseOrder());
		Assertions.assertThat(counts).isEqualTo(largestFirst);

		// Names in Vietnamese order: "Đ" after "D", "Ô" after "O", tones after the base
		// letter.
		Locator area = table.locator("thead th").first();
		area.getByRole(AriaRole.BUTTON).click();
		assertThat(area).hasAttribute("aria-sort", "ascending");
		List<String> names = table.locator("tbody tr td:nth-child(1)")
			.allTextContents()
			.stream()
			.map(String::strip)
			.toList();
		List<String> vietnamese = new ArrayList<>(names);
		vietnamese.sort(VietnameseText.order());
		Assertions.assertThat(names).isEqualTo(vietnamese);

		// The total row is still last, unchanged.
		assertThat(table.locator("tfoot tr")).hasText(total);
		assertThat(table.locator("tr").last()).hasText(total);
		screenshot("bang-sap-xep-trong-trinh-duyet" + suffix(width) + ".png");
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void selectedReviewsAreSubmittedTogetherAndEachRefusedHouseholdIsNamedWithItsReason(int width, int height) {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		Map<String, Object> official = jdbc.queryForMap("""
				SELECT a.username, c.id AS commune FROM account a JOIN account_area aa ON aa.account_id = a.id
				JOIN area c ON c.id = aa.area_id JOIN area d ON d.id = c.parent_id
				WHERE a.role = 'COMMUNE_OFFICIAL' AND d.name = 'Trà Cú' AND c.code LIKE '84%' AND c.level = 'COMMUNE'
				  AND (SELECT count(*) FROM household h WHERE h.commune_id = c.id) >= 10
				  AND a.username NOT IN (""" + String.join(",", TAKEN.stream().map(u -> "'" + u + "'").toList())
				+ ") ORDER BY a.username LIMIT 1");
		String username = (String) official.get("username");
		long commune = ((Number) official.get("commune")).longValue();
		var scope = ReviewTestData.scopeOf(users, username);
		// Three households not reviewed yet in this campaign; each width takes its own
		// three.
		List<Long> households = jdbc.queryForList("""
				SELECT h.id FROM household h WHERE h.commune_id = ? AND NOT EXISTS (
				    SELECT 1 FROM household_review r WHERE r.household_id = h.id AND r.campaign_id = ?)
				ORDER BY h.id LIMIT 3""", Long.class, commune, campaign);
		Assertions.assertThat(households).hasSize(3);
		Map<String, Boolean> entered = new HashMap<>();
		for (String code : campaigns.standardOf(reviews.campaign(campaign, scope)).indicatorCodes()) {
			entered.put(code, false);
		}
		List<Long> ids = new ArrayList<>();
		for (long household : households) {
			ids.add(reviews.save(new ReviewInput(campaign, household, null, -1, AreaType.RURAL, null, null, 4_000_000L,
					null, null, null, entered, "{}"), scope, username));
		}
		// The third was submitted already: submitting it again is refused.
		reviews.act(ids.get(2), ReviewAction.SUBMIT, null, null, null, scope, username);
		String refusedCode = jdbc.queryForObject("SELECT code FROM household WHERE id = ?", String.class,
				households.get(2));

		page.setViewportSize(width, height);
		loginAs(username);
		page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + commune));
		Locator button = page.getByTestId("bulk-submit");
		assertThat(button).isDisabled();
		// "Chọn tất cả" ticks every row that has a review, and a second click clears
		// them.
		page.getByTestId("select-all").check();
		Locator ticks = page.getByTestId("worklist").locator("tbody input[name=reviewId]");
		Assertions.assertThat(ticks.count()).isGreaterThanOrEqualTo(3);
		for (Locator tick : ticks.all()) {
			assertThat(tick).isChecked();
		}
		assertThat(button).isEnabled();
		page.getByTestId("select-all").uncheck();
		assertThat(button).isDisabled();

		for (long id : ids) {
			page.locator("input[name=reviewId][value='" + id + "']").check();
		}
		assertThat(page.locator("[data-live-count]")).hasText("3");
		screenshot("gui-cac-ho-da-chon" + suffix(width) + ".png");
		button.click();

		Assertions.assertThat(dialogs).anyMatch(d -> d.startsWith("Gửi kết quả rà soát của các hộ đã chọn?"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã gửi 2/3 hộ đã chọn.");
		Locator refusals = page.getByTestId("bulk-refusals");
		assertThat(refusals).containsText("Không gửi được 1 hộ:");
		assertThat(refusals.locator("li")).hasCount(1);
		assertThat(refusals.locator("li")).containsText(refusedCode);
		assertThat(refusals.locator("li")).containsText("Bước này không áp dụng cho trạng thái hiện tại của hồ sơ.");
		for (long id : ids) {
			Assertions
				.assertThat(jdbc.queryForObject("SELECT state FROM household_review WHERE id = ?", String.class, id))
				.isEqualTo("SUBMITTED");
		}
		screenshot("gui-cac-ho-da-chon-ket-qua" + suffix(width) + ".png");
	}

	@Test
	void anotherCommunesOfficialCannotSubmitThisCommunesReviewsInBulk() {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		long ngaiXuyen = jdbc.queryForObject(
				"SELECT id FROM area WHERE name = 'Ngãi Xuyên' AND level = 'COMMUNE' AND code LIKE '84%'", Long.class);
		List<Long> draft = jdbc.queryForList("""
				SELECT id FROM household_review WHERE campaign_id = ? AND commune_id = ? AND state = 'DRAFT'""",
				Long.class, campaign, ngaiXuyen);
		loginAs("xa.kimson");
		page.navigate(url("/households"));
		String csrf = page.locator("form[action$='/logout'] input[name=_csrf]").inputValue();
		com.microsoft.playwright.APIResponse answer = page.request()
			.post(url("/reviews/campaigns/" + campaign + "/communes/" + ngaiXuyen + "/submit-selected"),
					com.microsoft.playwright.options.RequestOptions.create()
						.setForm(com.microsoft.playwright.options.FormData.create()
							.set("_csrf", csrf)
							.set("reviewId", draft.isEmpty() ? "1" : String.valueOf(draft.get(0))))
						.setMaxRedirects(0));
		Assertions.assertThat(answer.status()).isIn(403, 404);
		Assertions.assertThat(jdbc.queryForList("""
				SELECT id FROM household_review WHERE campaign_id = ? AND commune_id = ? AND state = 'DRAFT'""",
				Long.class, campaign, ngaiXuyen))
			.isEqualTo(draft);
	}

}
