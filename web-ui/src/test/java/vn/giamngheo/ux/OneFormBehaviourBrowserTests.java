package vn.giamngheo.ux;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.account.persistence.AccountService;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Issue 13, "one form behaviour everywhere", at the office PC's width (1366×900) and the
 * commune tablet's (768×1024): Enter in the review form keeps every member, the plan form
 * keeps what was typed and shows all its errors at once, and the bulk Tết preview counts
 * what is ticked and writes exactly that.
 */
class OneFormBehaviourBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AreaRepository areas;

	@Autowired
	HouseholdService households;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwords;

	private String suffix(int width) {
		return width > 1000 ? "" : "-tablet";
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void enterInTheIncomeFieldOfTheReviewFormRecalculatesAndKeepsTheHeadAndEveryMember(int width, int height) {
		Map<String, Object> household = jdbc.queryForMap("""
				SELECT h.id, h.head_name FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Ngãi Xuyên' AND c.code LIKE '84%' AND h.member_count >= 3 ORDER BY h.id LIMIT 1""");
		page.setViewportSize(width, height);
		loginAs("xa.ngaixuyen");
		page.navigate(url("/reviews/households/" + household.get("id")));
		Locator rows = page.locator("#members .member-row");
		int members = rows.count();
		org.assertj.core.api.Assertions.assertThat(members).isGreaterThanOrEqualTo(3);
		String head = page.locator("input[name='members[0].fullName']").inputValue();

		page.getByLabel("Tổng diện tích nhà ở (m²)").fill("40");
		page.getByLabel("Nguồn nước sinh hoạt chính").selectOption(new SelectOption().setIndex(1));
		page.getByLabel("Loại nhà tiêu").selectOption(new SelectOption().setIndex(1));
		page.getByLabel("Nhập thu nhập cả hộ và số thành viên").check();
		Locator income = page.getByLabel("Thu nhập cả hộ/tháng (đồng)");
		income.fill("");
		income.pressSequentially("4500000");
		// Grouping as the officer types, in the Vietnamese way.
		assertThat(income).hasValue("4.500.000");
		income.press("Enter");

		assertThat(page.getByTestId("calculator-result")).isVisible();
		assertThat(rows).hasCount(members);
		assertThat(page.locator("input[name='members[0].fullName']")).hasValue(head);
		assertThat(income).hasValue("4.500.000");
		org.assertj.core.api.Assertions.assertThat(page.url()).contains("/reviews/households/");

		// The live result stays in view while the officer works at the bottom of the
		// form.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả rà soát"))
			.scrollIntoViewIfNeeded();
		var box = page.getByTestId("result-panel").boundingBox();
		// (Sticky within its column: near the end of the form it may ride up a little,
		// never out of sight.)
		org.assertj.core.api.Assertions.assertThat(box.y).isLessThan((double) height - 200);
		org.assertj.core.api.Assertions.assertThat(box.y + box.height).isGreaterThan(300.0);
		screenshot("bieu-mau-ra-soat-enter" + suffix(width) + ".png");
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void thePlanFormKeepsEveryFieldAfterAnErrorAndShowsAllErrorsAtOnce(int width, int height) {
		long plansBefore = jdbc.queryForObject("SELECT count(*) FROM plan", Long.class);
		page.setViewportSize(width, height);
		loginAs("huyen.tracu");
		page.navigate(url("/plans"));
		page.getByLabel("Số kế hoạch").fill("99/KH-UX13" + suffix(width));
		page.getByLabel("Ngày ban hành").fill("31/02/2026");
		page.getByLabel("Trích yếu").fill("Kế hoạch thử giữ dữ liệu");
		page.getByLabel("Cơ quan ban hành").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo kế hoạch")).click();

		Locator summary = page.getByTestId("error-summary");
		assertThat(summary).containsText("Có 2 lỗi");
		assertThat(summary).containsText("Ngày không hợp lệ");
		assertThat(summary).containsText("Cần nhập cơ quan ban hành.");
		assertThat(page.locator("#issuer + .invalid-feedback")).hasText("Cần nhập cơ quan ban hành.");
		assertThat(page.locator("#issuedOn + .invalid-feedback")).containsText("dd/mm/yyyy");
		assertThat(page.getByLabel("Số kế hoạch")).hasValue("99/KH-UX13" + suffix(width));
		assertThat(page.getByLabel("Ngày ban hành")).hasValue("31/02/2026");
		assertThat(page.getByLabel("Trích yếu")).hasValue("Kế hoạch thử giữ dữ liệu");
		assertThat(page.locator("#issuedOn")).hasAttribute("placeholder", "dd/mm/yyyy");
		org.assertj.core.api.Assertions.assertThat(page.locator("input[type=date]").count()).isZero();
		screenshot("bieu-mau-ke-hoach-loi" + suffix(width) + ".png");
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT count(*) FROM plan", Long.class))
			.isEqualTo(plansBefore);
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1366, 900", "768, 1024" })
	void untickingOneOfFourHouseholdsUpdatesTheTotalsAndExactlyThreeAreWritten(int width, int height) {
		// A commune of its own, with names no other test uses (Fixtures' trees reuse
		// "Ngãi Xuyên").
		String p = "U" + width;
		LocalDate from = LocalDate.of(2020, 1, 1);
		Area province = areas.save(new Area(p, "Tỉnh thử " + p, AreaKind.PROVINCE, null, null, from));
		Area district = areas
			.save(new Area(p + "D", "Huyện thử " + p, AreaKind.DISTRICT, province.getId(), null, from));
		Area commune = areas
			.save(new Area(p + "C", "Xã thử " + p, AreaKind.COMMUNE, district.getId(), AreaType.RURAL, from));
		Area village = areas.save(new Area(p + "CV", "Ấp thử " + p, AreaKind.HAMLET, commune.getId(), null, from));
		Scope official = new Scope(Role.COMMUNE_OFFICIAL, Set.of(commune.getId()), null);
		Fixtures fixtures = new Fixtures(areas, jdbc);
		List<Long> ids = new ArrayList<>();
		for (String head : List.of("Thạch Thị Sa", "Kim Văn Dũng", "Sơn Thị Mai", "Lâm Văn Bé")) {
			long id = households.register(Fixtures.household(village, head), official, "test");
			fixtures.recognise(id, HouseholdCategory.NEAR_POOR);
			ids.add(id);
		}
		String user = "ux13.bulk" + width;
		accounts.create(user, passwords.encode(DemoData.PASSWORD), "Cán bộ thử " + width, Role.COMMUNE_OFFICIAL,
				Set.of(commune.getId()));
		String tet = String
			.valueOf(jdbc.queryForObject("SELECT id FROM support_program WHERE code = 'TET'", Long.class));

		page.setViewportSize(width, height);
		loginAs(user);
		page.navigate(url("/support/bulk"));
		page.locator("#communeId").selectOption(String.valueOf(commune.getId()));
		// Near-poor households: the provincial summary test counts the poor of the whole
		// database.
		page.locator("input[name=categories][value=POOR]").uncheck();
		page.locator("input[name=categories][value=NEAR_POOR]").check();
		page.getByLabel("Chương trình, chính sách").selectOption(tet);
		// "500.000" is accepted here as in plans: one parser for grouped numbers in every
		// form.
		page.getByLabel("Số tiền (đồng)").fill("500.000");
		page.getByLabel("Nguồn kinh phí").selectOption("COMMUNE_BUDGET");
		page.getByLabel("Căn cứ (số quyết định, kế hoạch)").fill("QĐ 13/QĐ-UBND");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước danh sách")).click();

		Locator summary = page.getByTestId("summary");
		assertThat(summary).containsText("Sẽ ghi nhận 4 hộ, tổng 2.000.000 đ");
		Locator ticks = page.getByTestId("preview").locator("tbody input[name=selected]");
		assertThat(ticks).hasCount(4);
		page.getByLabel("Kim Văn Dũng").uncheck();
		assertThat(summary).containsText("Sẽ ghi nhận 3 hộ, tổng 1.500.000 đ");
		screenshot("ho-tro-tong-truc-tiep" + suffix(width) + ".png");
		page.getByTestId("select-all").uncheck();
		assertThat(summary).containsText("Sẽ ghi nhận 0 hộ, tổng 0 đ");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận cấp phát")))
			.isDisabled();
		page.getByTestId("select-all").check();
		page.getByLabel("Kim Văn Dũng").uncheck();
		assertThat(summary).containsText("Sẽ ghi nhận 3 hộ, tổng 1.500.000 đ");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận cấp phát")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã cấp phát cho 3 hộ, tổng 1.500.000 đ");
		org.assertj.core.api.Assertions.assertThat(dialogs).hasSize(1);
		org.assertj.core.api.Assertions.assertThat(dialogs.get(0)).contains("Ghi nhận hỗ trợ cho các hộ đã chọn");
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
				"SELECT household_id FROM support_disbursement WHERE commune_id = ? ORDER BY household_id", Long.class,
				commune.getId()))
			.containsExactly(ids.get(0), ids.get(2), ids.get(3));
	}

}
