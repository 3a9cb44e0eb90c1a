package vn.giamngheo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads generated documents back as a person would see them: a PDF's text (PDFBox, page
 * by page), a workbook's text cells, and a PDF's first page as a picture for the user
 * guide (target/screenshots, copied by src-docs/refresh-screenshots.sh).
 */
public final class DocumentText {

	private DocumentText() {
	}

	public static String pdf(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of one page (1-based). */
	public static String pdfPage(byte[] pdf, int page) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int pdfPages(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Renders the first page at 90 dpi to target/screenshots/{name}.png. */
	public static void screenshot(byte[] pdf, String name) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 90);
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every text cell of every sheet, one per line, and each sheet's name. */
	public static String xlsx(byte[] xlsx) {
		StringBuilder out = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				out.append(sheet.getSheetName()).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							out.append(cell.getStringCellValue()).append('\n');
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
