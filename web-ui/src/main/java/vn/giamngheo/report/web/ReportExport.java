package vn.giamngheo.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.giamngheo.shared.web.documents.OfficialDocument;
import vn.giamngheo.shared.web.documents.OfficialDocument.Issuer;
import vn.giamngheo.shared.web.documents.OfficialDocument.Signer;
import vn.giamngheo.shared.web.documents.Spreadsheet;

/**
 * Writes {@link ReportTable}s to Excel ({@link Spreadsheet}: one sheet per table, numbers
 * as numbers) and PDF ({@link OfficialDocument}: the official layout, one section per
 * table). The tables hold the cells as the page shows them; {@link #typed(String)} reads
 * back the three shapes {@link vn.giamngheo.shared.Vnd} writes (grouped integers,
 * percentages, amounts in đồng) and decimals, so the workbook holds the very values of
 * the page, totals included.
 */
final class ReportExport {

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+");

	private static final Pattern PERCENT = Pattern.compile("(-?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?)%");

	private static final Pattern MONEY = Pattern.compile("(-?\\d{1,3}(?:\\.\\d{3})*) đ");

	private ReportExport() {
	}

	/**
	 * @param heading the area and year ("Báo cáo giảm nghèo: Trà Cú, năm 2024")
	 * @param notice official or provisional, with the missing communes
	 */
	static byte[] excel(String heading, String notice, List<ReportTable> tables) {
		try (Spreadsheet book = new Spreadsheet()) {
			for (ReportTable table : tables) {
				int width = table.headers().size();
				Spreadsheet.Tab tab = book.sheet((book.sheetCount() + 1) + ". " + table.title(), width, width > 6);
				tab.line(heading + " — " + notice).title(table.title()).blank().header(table.headers());
				for (List<String> cells : table.rows()) {
					tab.row(typedRow(cells));
				}
				if (table.total() != null) {
					tab.total(typedRow(table.total()));
				}
				tab.done();
			}
			return book.bytes();
		}
	}

	/**
	 * The first column names the row (area, ethnicity, year) and stays text; the others
	 * are read back as numbers.
	 */
	static List<Object> typedRow(List<String> cells) {
		List<Object> out = new ArrayList<>(cells.size());
		for (int c = 0; c < cells.size(); c++) {
			out.add(c == 0 ? cells.get(c) : typed(cells.get(c)));
		}
		return out;
	}

	/**
	 * "1.938" → 1938, "4,47%" → 0.0447 as a percentage, "313.672.905 đ" → money, "0,1234"
	 * → decimal; else text.
	 */
	static Object typed(String shown) {
		String s = shown.strip();
		if (INTEGER.matcher(s).matches()) {
			return Long.parseLong(s.replace(".", ""));
		}
		if (DECIMAL.matcher(s).matches()) {
			String plain = s.replace(".", "").replace(',', '.');
			return new Spreadsheet.Decimal(new BigDecimal(plain), new BigDecimal(plain).scale());
		}
		var percent = PERCENT.matcher(s);
		if (percent.matches()) {
			BigDecimal value = new BigDecimal(percent.group(1).replace(".", "").replace(',', '.'));
			return new Spreadsheet.Percent(value.movePointLeft(2));
		}
		var money = MONEY.matcher(s);
		if (money.matches()) {
			return new Spreadsheet.Money(Long.parseLong(money.group(1).replace(".", "")));
		}
		return shown;
	}

	/**
	 * The report as an official document: issuer, motto, number left blank for the
	 * register ("Số: /BC-..."), place and date, title, the tables, the preparer's and the
	 * head's signature blocks.
	 */
	static byte[] pdf(String heading, String notice, List<ReportTable> tables, Issuer issuer, LocalDate date,
			String preparer) {
		OfficialDocument doc = OfficialDocument.open(true, heading, issuer, "        /BC-" + symbol(issuer), date)
			.title(heading, notice);
		for (ReportTable table : tables) {
			int n = table.headers().size();
			float[] widths = new float[n];
			Set<Integer> right = new HashSet<>();
			for (int c = 0; c < n; c++) {
				boolean numbers = c > 0 && numbers(table, c);
				widths[c] = c == 0 ? 3 : numbers ? 1.4f : 2.2f;
				if (numbers) {
					right.add(c);
				}
			}
			doc.table(table.title(), widths, table.headers(), table.rows(), table.total(), right, n > 10 ? 6.5f : 8);
		}
		return doc
			.signatures(List.of("Như trên;", "Lưu: VT."), List.of(new Signer("", "NGƯỜI LẬP BIỂU", preparer),
					new Signer(headCapacity(issuer), issuer.body().startsWith("ỦY BAN") ? "CHỦ TỊCH" : "GIÁM ĐỐC", "")))
			.finish();
	}

	/**
	 * A column of numbers (right-aligned, narrow); a column such as "Nguồn số liệu" holds
	 * words.
	 */
	private static boolean numbers(ReportTable table, int column) {
		return table.rows()
			.stream()
			.map(r -> r.get(column))
			.allMatch(s -> s.isEmpty() || s.equals("–") || !(typed(s) instanceof String));
	}

	/**
	 * The body's symbol in the number: "UBND" for a People's Committee, "SNNMT"/"SLĐTBXH"
	 * for a department.
	 */
	private static String symbol(Issuer issuer) {
		if (issuer.body().startsWith("ỦY BAN")) {
			return "UBND";
		}
		return issuer.body().contains("NÔNG NGHIỆP") ? "SNNMT" : "SLĐTBXH";
	}

	private static String headCapacity(Issuer issuer) {
		return issuer.body().startsWith("ỦY BAN") ? "TM. ỦY BAN NHÂN DÂN" : "";
	}

}
