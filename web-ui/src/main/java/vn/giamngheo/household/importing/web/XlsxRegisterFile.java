package vn.giamngheo.household.importing.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.giamngheo.household.persistence.importing.ColumnMapping;
import vn.giamngheo.household.persistence.importing.RegisterFile;
import vn.giamngheo.household.persistence.importing.UnreadableFileException;

/**
 * A register saved as .xlsx, read with POI's streaming (SAX) reader from the first sheet:
 * rows pass through one at a time, so a sheet of 350,000 people never becomes a workbook
 * in memory. Dates stored as Excel dates come out as dd/MM/yyyy whatever the cell's
 * display format, and whole numbers typed as numbers (citizen IDs, phones) without a
 * decimal part.
 */
final class XlsxRegisterFile implements RegisterFile {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final byte[] bytes;

	XlsxRegisterFile(byte[] bytes) {
		this.bytes = bytes;
	}

	@Override
	public String format() {
		return "XLSX";
	}

	@Override
	public void read(RowHandler handler) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("import.file.xlsxEmpty");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
						new RegisterFormatter(), false));
				xml.parse(new InputSource(sheet));
			}
		}
		catch (UnreadableFileException | ColumnMapping.MappingNeeded ex) {
			throw ex;
		}
		catch (org.xml.sax.SAXException ex) {
			if (ex.getCause() instanceof UnreadableFileException
					|| ex.getCause() instanceof ColumnMapping.MappingNeeded) {
				throw (RuntimeException) ex.getCause();
			}
			throw new UnreadableFileException("import.file.xlsxBroken");
		}
		catch (RuntimeException | java.io.IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
				| ParserConfigurationException ex) {
			throw new UnreadableFileException("import.file.xlsxBroken");
		}
	}

	/**
	 * Formats Excel dates as the template's dd/MM/yyyy and whole numbers without ".0".
	 */
	private static final class RegisterFormatter extends DataFormatter {

		RegisterFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
				return DATE.format(date);
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return String.valueOf((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

	/** Collects a row's cells by column letter, with empty cells in the gaps. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		private int row;

		Rows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			row = rowNum + 1;
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			handler.row(row, new ArrayList<>(cells));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value.strip());
		}

	}

}
