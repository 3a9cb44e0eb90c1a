package vn.giamngheo.review.sheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.CellError;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * The Excel round trip below the web layer: a dry run that lists every bad cell, and a
 * write in one transaction.
 */
@SpringBootTest
@Transactional
class ReviewSheetsTests {

	@Autowired
	ReviewSheets sheets;

	@Autowired
	ReviewService reviews;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	long campaign;

	List<String> codes = new ArrayList<>();

	String otherCommunesCode;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		for (String head : List.of("Thạch Sa Rươne", "Kim Thị Sa Ly", "Sơn Văn Đực")) {
			long id = households.register(Fixtures.household(tree.village(), head), tree.official(), "xa.ngaixuyen");
			fixtures.recognise(id, vn.giamngheo.household.HouseholdCategory.POOR);
			codes.add(households.get(id, tree.official()).getCode());
		}
		long other = households.register(Fixtures.household(tree.otherVillage(), "Lâm Văn Tư"),
				tree.officialOfOtherCommune(), "xa.kimson");
		otherCommunesCode = households.get(other, tree.officialOfOtherCommune()).getCode();
		campaign = vn.giamngheo.testsupport.LateEntryTestData.allowEntry(jdbc,
				reviews.openCampaign(2024, tree.district().getId(), LocalDate.of(2024, 9, 1),
						LocalDate.of(2024, 12, 14), tree.districtOfficer(), "huyen.thu"));
	}

	SheetLayout layout() {
		return sheets.sheet(campaign, tree.commune().getId(), tree.official()).layout();
	}

	/** A row as an official fills it: the given marks ("X") on the first indicators. */
	static SheetRow versioned(SheetRow row, String version) {
		List<String> cells = new ArrayList<>(row.cells());
		cells.set(SheetLayout.VERSION, version);
		return new SheetRow(row.row(), cells);
	}

	SheetRow row(int number, String code, String areaType, String income, String... marks) {
		SheetLayout layout = layout();
		List<String> cells = new ArrayList<>(Collections.nCopies(layout.columnCount(), ""));
		cells.set(SheetLayout.CODE, code);
		cells.set(SheetLayout.AREA_TYPE, areaType);
		cells.set(SheetLayout.INCOME, income);
		for (int i = 0; i < marks.length; i++) {
			cells.set(layout.indicatorColumn(i), marks[i]);
		}
		return new SheetRow(number, cells);
	}

	int reviewsWritten() {
		return jdbc.queryForObject("SELECT count(*) FROM household_review WHERE campaign_id = ?", Integer.class,
				campaign);
	}

	@Test
	void aSheetWithBadRowsWritesNothingAndListsEveryBadCellByRowAndColumn() {
		jdbc.update("INSERT INTO commune_review_list (campaign_id, commune_id, locked) VALUES (?, ?, TRUE)", campaign,
				tree.commune().getId());
		List<SheetRow> rows = List.of(row(4, codes.get(0), "Nông thôn", "1200000", "X", "X", "X"),
				row(5, codes.get(1), "Nông thôn", "một triệu", "X"), // bad income
				row(6, "XX-99999", "Nông thôn", "900000"), // unknown household
				row(7, codes.get(2), "Nông thôn", "900000", "", "v"), // unknown mark in
																		// the 2nd
																		// indicator
				row(8, otherCommunesCode, "Nông thôn", "900000"), // another commune's
																	// household
				row(9, codes.get(0), "Miền núi", "-5")); // duplicate, bad area type,
															// negative income

		ReviewSheets.Result checked = sheets.check(campaign, tree.commune().getId(), rows, tree.official(),
				(phase, done, total) -> {
				});
		ReviewSheets.Result written = sheets.write(campaign, tree.commune().getId(), rows, tree.official(),
				"xa.ngaixuyen", (phase, done, total) -> {
				});

		assertThat(written.written()).isFalse();
		assertThat(reviewsWritten()).isZero();
		assertThat(checked.errors()).isEqualTo(written.errors());
		assertThat(checked.errors()).extracting(CellError::row, CellError::column, CellError::messageKey)
			.containsExactly(tuple(0, "", "reviewSheet.error.locked"), tuple(5, "H", "reviewSheet.error.income"),
					tuple(6, "C", "reviewSheet.error.unknownCode"), tuple(7, "J", "reviewSheet.error.mark"),
					tuple(8, "C", "reviewSheet.error.otherCommune"), tuple(9, "C", "reviewSheet.error.duplicate"),
					tuple(9, "G", "reviewSheet.error.areaType"), tuple(9, "H", "reviewSheet.error.income"));
		assertThat(checked.errors().get(1).args()).containsExactly("một triệu");
		assertThat(checked.errors().get(3).headerKey())
			.isEqualTo("poverty.indicator." + layout().indicatorCodes().get(1));
	}

	@Test
	void aGoodSheetIsWrittenInOneGoWithTheCampaignsStandardAndAnEventPerReview() {
		List<SheetRow> rows = List.of(row(4, codes.get(0), "Nông thôn", "1.200.000", "X", "X", "x"),
				row(5, codes.get(1), "RURAL", "1200000", "X"), row(6, codes.get(2), "Nông thôn", "5000000"),
				row(7, "", "", "")); // an empty row is ignored

		ReviewSheets.Result dryRun = sheets.check(campaign, tree.commune().getId(), rows, tree.official(),
				(phase, done, total) -> {
				});
		assertThat(dryRun.ok()).isTrue();
		assertThat(reviewsWritten()).isZero();

		ReviewSheets.Result result = sheets.write(campaign, tree.commune().getId(), rows, tree.official(),
				"xa.ngaixuyen", (phase, done, total) -> {
				});

		assertThat(result.written()).isTrue();
		assertThat(result.created()).isEqualTo(3);
		assertThat(jdbc.queryForList("""
				SELECT h.code, r.state, r.category, r.outcome, r.previous_category, cardinality(r.deficiencies) AS d,
				       r.standard_id, r.income_line FROM household_review r JOIN household h ON h.id = r.household_id
				WHERE r.campaign_id = ? ORDER BY h.code""", campaign))
			.extracting(m -> m.get("code"), m -> m.get("state"), m -> m.get("category"), m -> m.get("outcome"),
					m -> m.get("previous_category"), m -> m.get("d"))
			.containsExactly(tuple(codes.get(0), "DRAFT", "POOR", "UNCHANGED", "POOR", 3),
					tuple(codes.get(1), "DRAFT", "NEAR_POOR", "POOR_TO_NEAR_POOR", "POOR", 1),
					tuple(codes.get(2), "DRAFT", "NOT_POOR", "ESCAPED", "POOR", 0));
		assertThat(jdbc.queryForObject(
				"SELECT count(DISTINCT standard_id || income_line) FROM household_review " + "WHERE campaign_id = ?",
				Integer.class, campaign))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM review_event e JOIN household_review r ON r.id = e.review_id
				WHERE r.campaign_id = ? AND e.action = 'SAVE' AND e.to_state = 'DRAFT'""", Integer.class, campaign))
			.isEqualTo(3);

		// A second upload, from a sheet made after the first (it carries the reviews'
		// version 0), changes one
		// household and leaves the unchanged ones alone.
		ReviewSheets.Result again = sheets.write(campaign, tree.commune().getId(),
				List.of(row(4, codes.get(0), "Nông thôn", "1200000", "X", "X", "X"),
						versioned(row(5, codes.get(1), "Nông thôn", "1200000", "X", "X", "X"), "0")),
				tree.official(), "xa.ngaixuyen", (phase, done, total) -> {
				});
		assertThat(again.updated()).isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				SELECT r.category || '/' || r.version FROM household_review r JOIN household h ON h.id = r.household_id
				WHERE h.code = ? AND r.campaign_id = ?""", String.class, codes.get(1), campaign)).isEqualTo("POOR/1");
	}

	@Test
	void aDateInTheIncomeColumnIsACellErrorNotAnAmount() {
		ReviewSheets.Result result = sheets.check(campaign, tree.commune().getId(),
				List.of(row(4, codes.get(0), "Nông thôn", "01/12/2026", "X")), tree.official(), (p, d, t) -> {
				});
		assertThat(result.errors()).extracting(CellError::row, CellError::column, CellError::messageKey)
			.containsExactly(tuple(4, SheetLayout.letter(SheetLayout.INCOME), "reviewSheet.error.income"));
	}

	@Test
	void aSheetNamingMoreUnknownCodesThanPostgresParametersIsCheckedRowByRow() {
		SheetRow template = row(4, "ZZ-0", "Nông thôn", "900000");
		List<SheetRow> rows = new ArrayList<>();
		for (int i = 0; i < 70_000; i++) {
			List<String> cells = new ArrayList<>(template.cells());
			cells.set(SheetLayout.CODE, "ZZ-" + i);
			rows.add(new SheetRow(4 + i, cells));
		}
		ReviewSheets.Result result = sheets.check(campaign, tree.commune().getId(), rows, tree.official(),
				(p, d, t) -> {
				});
		assertThat(result.errors()).hasSize(70_000)
			.allMatch(e -> e.messageKey().equals("reviewSheet.error.unknownCode"));
	}

	@Test
	void reviewsSentOnCannotBeChangedFromASheet() {
		sheets.write(campaign, tree.commune().getId(), List.of(row(4, codes.get(0), "Nông thôn", "1200000", "X")),
				tree.official(), "xa.ngaixuyen", (p, d, t) -> {
				});
		reviews.submitList(campaign, tree.commune().getId(), tree.official(), "xa.ngaixuyen");

		ReviewSheets.Result result = sheets.check(campaign, tree.commune().getId(),
				List.of(row(4, codes.get(0), "Nông thôn", "2000000", "X")), tree.official(), (p, d, t) -> {
				});

		assertThat(result.errors()).extracting(CellError::row, CellError::messageKey)
			.containsExactly(tuple(4, "reviewSheet.error.notEditable.SUBMITTED"));
	}

	@Test
	void anotherCommunesOfficialCanNeitherDownloadNorUploadTheSheet() {
		assertThatThrownBy(() -> sheets.sheet(campaign, tree.commune().getId(), tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> sheets.write(campaign, tree.commune().getId(), List.of(),
				tree.officialOfOtherCommune(), "xa.kimson", (p, d, t) -> {
				}))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void thePrefilledSheetListsEveryHouseholdOfTheCommuneWithTheStandardsIndicators() {
		ReviewSheets.SheetData data = sheets.sheet(campaign, tree.commune().getId(), tree.official());
		assertThat(data.rows()).extracting(ReviewSheets.PrefilledRow::code).containsExactlyInAnyOrderElementsOf(codes);
		assertThat(data.layout().indicatorCodes()).contains("EMPLOYMENT", "INFORMATION_ACCESS");
		assertThat(SheetLayout.letter(0)).isEqualTo("A");
		assertThat(SheetLayout.letter(27)).isEqualTo("AB");
	}

}
