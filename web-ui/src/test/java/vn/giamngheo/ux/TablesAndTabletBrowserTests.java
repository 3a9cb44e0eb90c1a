package vn.giamngheo.ux;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.sheet.ReviewTestData;
import vn.giamngheo.shared.VietnameseText;

/**
 * Issue 13, "tables an Excel user expects" and "tablet first", at 1366×900 and 768×1024:
 * the campaign progress page, the review list's search, status filter and sorting, the
 * household look-up (scoped to the caller's communes), the folding menu, tables that
 * scroll in their box, touch-size controls and the print layout.
 */
class TablesAndTabletBrowserTests extends BrowserTest {

	/** A shared campaign, read only: these tests change nothing in it. */
	private static final int YEAR = 2024;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReviewService reviews;

	private void logOut() {
		page.navigate(url("/"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
	}

	private String suffix(int width) {
		return width > 1000 ? "" : "-tablet";
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void theCampaignProgressShowsNotReviewedPercentAndATotalWithCommunesInVietnameseOrderAndTheirKinds(int width,
			int height) {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		page.setViewportSize(width, height);
		loginAs("huyen.tracu");
		page.navigate(url("/reviews/campaigns/" + campaign));

		Locator table = page.getByTestId("communes");
		assertThat(table.locator("thead")).containsText("Chưa rà soát");
		assertThat(table.locator("thead")).containsText("Tiến độ");
		// Two units named Định An: the xã and the thị trấn, told apart by their kind.
		assertThat(table).containsText("Xã Định An");
		assertThat(table).containsText("Thị trấn Định An");

		List<String> names = new ArrayList<>();
		for (String cell : table.locator("tbody tr td:first-child a").allTextContents()) {
			names.add(cell.replaceFirst("^(Xã|Phường|Thị trấn|Đặc khu) ", "").strip());
		}
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(VietnameseText.order());
		Assertions.assertThat(names).hasSizeGreaterThan(10).isEqualTo(sorted);

		long households = jdbc.queryForObject("""
				SELECT count(*) FROM household h JOIN area c ON c.id = h.commune_id JOIN area d ON d.id = c.parent_id
				WHERE d.code = '849'""", Long.class);
		long reviewed = jdbc.queryForObject("SELECT count(*) FROM household_review WHERE campaign_id = ?", Long.class,
				campaign);
		Locator total = page.getByTestId("total-row");
		assertThat(total).containsText("Tổng cộng");
		assertThat(total.locator("td").first()).hasText(vn.giamngheo.shared.Vnd.grouped(households));
		assertThat(total).containsText(vn.giamngheo.shared.Vnd.grouped(households - reviewed));
		assertThat(table.locator("tbody [role=progressbar]")).hasCount(names.size());
		assertThat(table.locator("tbody [data-testid=percent]").first()).containsText("%");

		// Sorted by "Chưa rà soát", largest first after a second click, with htmx
		// swapping only the table.
		Locator byNotReviewed = page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chưa rà soát"));
		byNotReviewed.locator("a").click();
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chưa rà soát")))
			.hasAttribute("aria-sort", "ascending");
		page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chưa rà soát")).locator("a").click();
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chưa rà soát")))
			.hasAttribute("aria-sort", "descending");
		List<Long> notReviewed = new ArrayList<>();
		for (String cell : table.locator("tbody [data-testid=not-reviewed]").allTextContents()) {
			notReviewed.add(Long.parseLong(cell.replace(".", "")));
		}
		List<Long> largestFirst = new ArrayList<>(notReviewed);
		largestFirst.sort(java.util.Comparator.reverseOrder());
		Assertions.assertThat(notReviewed).hasSize(names.size()).isEqualTo(largestFirst);
		assertThat(page.getByTestId("total-row")).containsText(vn.giamngheo.shared.Vnd.grouped(households - reviewed));

		// The page never scrolls sideways: a wide table scrolls inside its own box.
		Number pageWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
		Assertions.assertThat(pageWidth.intValue()).isLessThanOrEqualTo(width);
		screenshot("tien-do-ra-soat" + suffix(width) + ".png");
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void theReviewListIsSearchedWithoutDiacriticsFilteredByStatusAndSortedByAColumn(int width, int height) {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		Map<String, Object> commune = jdbc
			.queryForMap("SELECT id FROM area WHERE name = 'Ngãi Xuyên' AND level = 'COMMUNE' AND code LIKE '84%'");
		String head = jdbc.queryForObject("""
				SELECT head_name FROM household WHERE commune_id = ? AND head_name ~ '[^a-zA-Z ]'
				ORDER BY id LIMIT 1""", String.class, commune.get("id"));
		// Part of the name, typed the quick way: no diacritics, lower case.
		String[] words = VietnameseText.fold(head).split(" ");
		String typed = words[words.length - 2] + " " + words[words.length - 1];
		page.setViewportSize(width, height);
		loginAs("xa.ngaixuyen");
		page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + commune.get("id")));
		Locator rows = page.getByTestId("worklist").locator("tbody tr");
		int all = rows.count();

		page.getByLabel("Tìm theo tên chủ hộ, mã hộ, ấp").fill(typed);
		assertThat(page.getByTestId("worklist")).containsText(head);
		assertThat(page.getByTestId("worklist-count")).not().hasText("Hiển thị " + all + "/" + all + " hộ");
		for (Locator row : rows.all()) {
			// the head's name, the code or the village matched
			Assertions.assertThat(VietnameseText.fold(row.textContent())).contains(typed);
		}
		assertThat(page.getByTestId("worklist-total")).containsText("Tổng: " + rows.count() + " hộ");
		// htmx replaced the table and put the search in the address, so a reload or a
		// shared link shows the same.
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=.*"));

		page.getByLabel("Tìm theo tên chủ hộ, mã hộ, ấp").fill("");
		assertThat(page.getByTestId("worklist-count")).hasText("Hiển thị " + all + "/" + all + " hộ");
		page.locator("#worklist-state").selectOption("NONE");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*state=NONE.*"));
		for (String state : rows.locator("td:nth-child(5)").allTextContents()) {
			Assertions.assertThat(state).isEqualTo("Chưa rà soát");
		}

		page.locator("#worklist-state").selectOption("");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]state=(&.*)?$"));
		assertThat(page.getByTestId("worklist-count")).hasText("Hiển thị " + all + "/" + all + " hộ");
		Locator byHead = page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chủ hộ"));
		byHead.locator("a").click();
		assertThat(byHead).hasAttribute("aria-sort", "ascending");
		List<String> ascending = rows.locator("td:nth-child(2)").allTextContents();
		List<String> expected = new ArrayList<>(ascending);
		expected.sort(java.util.Comparator.comparing(VietnameseText::sortKey, VietnameseText.order()));
		Assertions.assertThat(ascending).isEqualTo(expected);
		page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chủ hộ")).locator("a").click();
		assertThat(page.locator("th.sortable", new Page.LocatorOptions().setHasText("Chủ hộ")))
			.hasAttribute("aria-sort", "descending");
		List<String> descending = rows.locator("td:nth-child(2)").allTextContents();
		Assertions.assertThat(descending.get(0)).isEqualTo(ascending.get(ascending.size() - 1));
		screenshot("danh-sach-ra-soat-loc-sap-xep" + suffix(width) + ".png");
	}

	@Test
	void anUnknownSortColumnFallsBackToTheRegisterOrderInsteadOfFailing() {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		Object commune = jdbc.queryForObject(
				"SELECT id FROM area WHERE name = 'Ngãi Xuyên' AND level = 'COMMUNE' AND code LIKE '84%'", Long.class);
		loginAs("xa.ngaixuyen");
		Response answer = page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + commune
				+ "?sort=head_name;DROP TABLE household&dir=sideways"));
		Assertions.assertThat(answer.status()).isEqualTo(200);
		assertThat(page.locator("th.sortable[aria-sort=ascending], th.sortable[aria-sort=descending]")).hasCount(0);
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void recordingSupportLooksAHouseholdUpByNameInTheCallersCommuneOnly(int width, int height) {
		Map<String, Object> mine = jdbc.queryForMap("""
				SELECT h.code, h.head_name FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Ngãi Xuyên' AND c.code LIKE '84%' ORDER BY h.id OFFSET 5 LIMIT 1""");
		// A head of Kim Sơn whose name no household of Ngãi Xuyên has: the look-up must
		// not name them.
		String theirs = jdbc.queryForObject("""
				SELECT h.head_name FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Kim Sơn' AND c.code LIKE '84%' AND NOT EXISTS (
				    SELECT 1 FROM household o JOIN area oc ON oc.id = o.commune_id
				    WHERE oc.name = 'Ngãi Xuyên' AND o.head_name = h.head_name)
				ORDER BY h.id LIMIT 1""", String.class);
		page.setViewportSize(width, height);
		loginAs("xa.ngaixuyen");
		page.navigate(url("/support/new"));
		Locator code = page.getByLabel("Mã hộ");
		code.pressSequentially(VietnameseText.fold((String) mine.get("head_name")));
		Locator match = page.getByTestId("lookup-list")
			.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName((String) mine.get("head_name")));
		assertThat(match.first()).isVisible();
		screenshot("ho-tro-tim-ho-theo-ten" + suffix(width) + ".png");
		match.first().click();
		assertThat(code).hasValue(mine.get("code").toString());

		code.fill("");
		String folded = VietnameseText.fold(theirs);
		page.waitForResponse(r -> r.url().contains("/support/lookup")
				&& java.net.URLDecoder.decode(r.url(), java.nio.charset.StandardCharsets.UTF_8).contains(folded),
				() -> code.pressSequentially(folded));
		assertThat(page.locator("#householdCode-lookup")).not().containsText("Kim Sơn");
	}

	@Test
	void theLookUpAnswersOnlyInsideTheCallersScopeAndIsClosedToTheProvince() {
		String kimSonHead = jdbc.queryForObject("""
				SELECT h.head_name FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Kim Sơn' AND c.code LIKE '84%' ORDER BY h.id LIMIT 1""", String.class);
		loginAs("xa.kimson");
		page.navigate(url("/support/lookup?householdCode="
				+ java.net.URLEncoder.encode(kimSonHead, java.nio.charset.StandardCharsets.UTF_8)));
		Assertions.assertThat(page.content()).contains(kimSonHead);

		logOut();
		loginAs("xa.ngaixuyen");
		page.navigate(url("/support/lookup?householdCode="
				+ java.net.URLEncoder.encode(kimSonHead, java.nio.charset.StandardCharsets.UTF_8)));
		Assertions.assertThat(page.content()).doesNotContain("Kim Sơn");

		logOut();
		loginAs("so.travinh");
		Response denied = page.navigate(url("/support/lookup?householdCode=nguyen"));
		Assertions.assertThat(denied.status()).isEqualTo(403);
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void theMenuFoldsOnATabletControlsAreTouchSizedAndThePrintedPageHasNoMenu(int width, int height) {
		page.setViewportSize(width, height);
		loginAs("huyen.tracu");
		page.navigate(url("/reports"));
		Locator households = page.locator("#main-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Báo cáo").setExact(true));
		if (width < 992) {
			assertThat(page.getByTestId("nav-toggle")).isVisible();
			assertThat(households).isHidden();
			Assertions.assertThat(page.locator("nav.navbar").boundingBox().height).isLessThan(120.0);
			page.getByTestId("nav-toggle").click();
			assertThat(households).isVisible();
			screenshot("menu-may-tinh-bang.png");
		}
		else {
			assertThat(page.getByTestId("nav-toggle")).isHidden();
			assertThat(households).isVisible();
		}
		for (Locator control : page.locator("main .btn:visible, main .form-select:visible, main .form-control:visible")
			.all()) {
			Assertions.assertThat(control.boundingBox().height).isGreaterThanOrEqualTo(44.0);
		}
		assertThat(page.getByTestId("print")).isVisible();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator("nav.navbar")).isHidden();
		assertThat(page.getByTestId("print")).isHidden();
	}

}
