package vn.giamngheo.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report page writes a table's cells in one pass (issue 12) instead of Thymeleaf
 * processing each cell: the HTML must be what the template wrote, escaped the same way.
 */
class ReportTableHtmlTests {

	private final ReportTable table = new ReportTable("communes", "Theo xã", List.of("Xã", "Số hộ", "Hộ nghèo"),
			List.of(List.of("Ngãi Xuyên", "1.234", "56"), List.of("<script>alert(1)</script> & \"Kim Sơn\"", "7", "0")),
			List.of("Tổng cộng", "1.241", "56"), null);

	@Test
	void writesEachRowWithTheFirstColumnAsTextAndTheOthersAsNumbers() {
		assertThat(table.bodyHtml())
			.startsWith("<tr><td>Ngãi Xuyên</td><td class=\"num\">1.234</td><td class=\"num\">56</td></tr>\n");
	}

	@Test
	void escapesEveryCellSoAStoredNameCannotBecomeMarkup() {
		assertThat(table.bodyHtml())
			.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kim Sơn&quot;</td>")
			.doesNotContain("<script>");
	}

	@Test
	void writesTheTotalRowsCellsAndNothingWithoutATotal() {
		assertThat(table.totalHtml())
			.isEqualTo("<td>Tổng cộng</td><td class=\"num\">1.241</td><td class=\"num\">56</td>");
		assertThat(new ReportTable("x", "x", List.of("a"), List.of(), null, null).totalHtml()).isEmpty();
		assertThat(new ReportTable("x", "x", List.of("a"), List.of(), null, null).bodyHtml()).isEmpty();
	}

}
