package vn.giamngheo.shared.web.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.FontFactory;
import com.lowagie.text.pdf.BaseFont;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * One font source for every PDF (issue 10: a report export once probed system font paths
 * and fell back to Helvetica, which has no Vietnamese letters). No main class but
 * {@link PdfFonts} makes a font, and a document made with the shared builder embeds
 * DejaVu Sans and nothing else.
 */
class PdfFontSourceTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.giamngheo");

	@Test
	void onlyPdfFontsMakesFonts() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(PdfFonts.class.getName())
			.should()
			.callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
				.target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
					.owner(com.tngtech.archunit.base.DescribedPredicate.describe("BaseFont or FontFactory",
							owner -> owner.isAssignableTo(BaseFont.class) || owner.isAssignableTo(FontFactory.class)))))
			.orShould()
			.callConstructor(com.lowagie.text.Font.class)
			.orShould()
			.callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
				.target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
					.owner(com.tngtech.archunit.base.DescribedPredicate.describe("a font",
							owner -> owner.isAssignableTo(com.lowagie.text.Font.class)
									|| owner.isAssignableTo(java.awt.Font.class)))))
			.because("every PDF takes its fonts from PdfFonts (DejaVu Sans, bundled), never a system path or Helvetica")
			.check(MAIN);
	}

	@Test
	void anOfficialDocumentEmbedsOnlyDejaVuSans() throws IOException {
		byte[] pdf = OfficialDocument
			.open(true, "Báo cáo thử", OfficialDocument.Issuer.commune("XÃ", "Ngãi Xuyên"), "  /BC-UBND",
					LocalDate.of(2038, 12, 20))
			.title("Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo", "Năm 2038")
			.paragraph("Hộ nghèo được hỗ trợ mua thẻ bảo hiểm y tế; ưu đãi tín dụng.")
			.table("Biểu 1", new float[] { 3, 1 }, List.of("Đơn vị", "Số hộ"),
					List.of(List.of("Ấp Chợ", "12"), List.of("Ấp Leng", "7")), List.of("Tổng", "19"), Set.of(1), 8)
			.signatures(List.of("Như trên;"),
					List.of(new OfficialDocument.Signer("", "NGƯỜI LẬP BIỂU", "Thạch Sa Rươne")))
			.finish();

		List<String> fonts = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			for (PDPage page : doc.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
		assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
	}

}
