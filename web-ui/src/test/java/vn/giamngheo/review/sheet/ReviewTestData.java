package vn.giamngheo.review.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.SheetLayout;

/** Campaigns and sheets of the demo province for the document and sheet tests. */
public final class ReviewTestData {

	private ReviewTestData() {
	}

	public static Scope scopeOf(UserDetailsService users, String username) {
		return ((AppUser) users.loadUserByUsername(username)).getScope();
	}

	public static long communeId(JdbcTemplate jdbc, String name) {
		return jdbc.queryForObject("SELECT id FROM area WHERE name = ? AND kind = 'COMMUNE'", Long.class, name);
	}

	/**
	 * Trà Cú's campaign of a year, opened by its district officer unless another test
	 * opened it already, and open for entry today through a late-entry window.
	 */
	public static long campaign(JdbcTemplate jdbc, UserDetailsService users, ReviewService reviews, int year) {
		long district = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Trà Cú' AND kind = 'DISTRICT'",
				Long.class);
		List<Long> existing = jdbc.queryForList("SELECT id FROM review_campaign WHERE year = ? AND area_id = ?",
				Long.class, year, district);
		if (!existing.isEmpty()) {
			return allowLateEntry(jdbc, existing.get(0));
		}
		return allowLateEntry(jdbc, reviews.openCampaign(year, district, LocalDate.of(year, 9, 1),
				LocalDate.of(year, 12, 14), scopeOf(users, "huyen.tracu"), "huyen.tracu"));
	}

	/**
	 * Campaign dates are enforced on entry (issue 14, item 3): the campaigns of these
	 * tests (past and future years) take reviews today through a late-entry window of the
	 * whole campaign ({@link LateEntryTestData}).
	 */
	public static long allowLateEntry(JdbcTemplate jdbc, long campaign) {
		return vn.giamngheo.testsupport.LateEntryTestData.allowEntry(jdbc, campaign);
	}

	/** A workbook to edit in a test. */
	public static XSSFWorkbook open(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	public static byte[] bytes(XSSFWorkbook wb) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Sets a cell of an Excel row (1-based) as text; a number when it parses as one, like
	 * Excel would store it.
	 */
	public static void set(Sheet sheet, int excelRow, int column, String value) {
		Row row = sheet.getRow(excelRow - 1) != null ? sheet.getRow(excelRow - 1) : sheet.createRow(excelRow - 1);
		var cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
		if (value.matches("\\d+")) {
			cell.setCellValue(Double.parseDouble(value));
		}
		else {
			cell.setCellValue(value);
		}
	}

	/**
	 * Fills a household row: income and X on the first {@code marks} indicators, the
	 * others cleared.
	 */
	public static void fill(Sheet sheet, SheetLayout layout, int excelRow, String income, int marks) {
		set(sheet, excelRow, SheetLayout.INCOME, income);
		for (int i = 0; i < layout.indicatorCodes().size(); i++) {
			set(sheet, excelRow, layout.indicatorColumn(i), i < marks ? "X" : "");
		}
	}

}
