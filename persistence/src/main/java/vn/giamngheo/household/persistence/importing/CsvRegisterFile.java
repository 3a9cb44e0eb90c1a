package vn.giamngheo.household.persistence.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A register saved as CSV, parsed by Apache Commons CSV. Excel in Vietnam saves CSV in
 * three ways, all accepted: UTF-8 with a byte-order mark ("CSV UTF-8"), UTF-8 without
 * one, and the Windows code page 1258 ("CSV (Comma delimited)" on a Vietnamese Windows),
 * whose tone marks are separate characters and are composed here (NFC). A file in neither
 * (TCVN3/VNI fonts) is refused with a message saying how to save it again. The separator
 * is the comma or, as Excel writes it where the comma is the decimal mark, the semicolon:
 * whichever the header line has more of.
 */
public final class CsvRegisterFile implements RegisterFile {

	static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private final byte[] bytes;

	private final Charset charset;

	private final int offset;

	private final char delimiter;

	public CsvRegisterFile(byte[] bytes) {
		this.bytes = bytes;
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
				&& (bytes[2] & 0xff) == 0xBF;
		this.offset = bom ? 3 : 0;
		this.charset = bom || validUtf8(bytes) ? StandardCharsets.UTF_8 : windows1258OrRefuse(bytes);
		this.delimiter = delimiter(firstLine());
	}

	@Override
	public String format() {
		return "CSV";
	}

	@Override
	public String note() {
		return charset.equals(WINDOWS_1258) ? "import.note.windows1258" : null;
	}

	char delimiter() {
		return delimiter;
	}

	Charset charset() {
		return charset;
	}

	@Override
	public void read(RowHandler handler) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset),
				charset); CSVParser parser = CSVParser.parse(reader, format)) {
			boolean compose = charset.equals(WINDOWS_1258);
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				for (String value : record) {
					String v = value == null ? "" : value.strip();
					cells.add(compose ? Normalizer.normalize(v, Normalizer.Form.NFC) : v);
				}
				handler.row((int) record.getRecordNumber(), cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			throw new UnreadableFileException("import.file.csvBroken");
		}
	}

	private String firstLine() {
		int end = offset;
		while (end < bytes.length && bytes[end] != '\n' && end - offset < 4096) {
			end++;
		}
		return new String(bytes, offset, end - offset, charset);
	}

	static char delimiter(String header) {
		long commas = header.chars().filter(c -> c == ',').count();
		long semicolons = header.chars().filter(c -> c == ';').count();
		return semicolons > commas ? ';' : ',';
	}

	/**
	 * Decodes through a small window instead of the whole file at once: a 40 MB file
	 * decoded in one piece took 80 MB of heap for a yes-or-no answer and ran a 512 MB
	 * import out of memory.
	 */
	static boolean validUtf8(byte[] bytes) {
		java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer window = java.nio.CharBuffer.allocate(8192);
		while (true) {
			java.nio.charset.CoderResult result = decoder.decode(in, window, true);
			if (result.isError()) {
				return false;
			}
			window.clear();
			if (result.isUnderflow()) {
				break;
			}
		}
		while (decoder.flush(window).isOverflow()) {
			window.clear();
		}
		return true;
	}

	/**
	 * Not UTF-8: accepted as Windows-1258 only if it reads as Vietnamese there, i.e. it
	 * uses the code page's Vietnamese letters (ă â đ ê ô ơ ư) or its combining tone
	 * marks; otherwise it is likely TCVN3 or VNI and refused.
	 */
	static Charset windows1258OrRefuse(byte[] bytes) {
		int vietnamese = 0;
		for (byte b : bytes) {
			int c = b & 0xff;
			// 1258: Ă â Đ Ê Ô Ơ Ư (upper and lower) and the five combining tone marks.
			if (c == 0xC3 || c == 0xE3 || c == 0xC2 || c == 0xE2 || c == 0xD0 || c == 0xF0 || c == 0xCA || c == 0xEA
					|| c == 0xD4 || c == 0xF4 || c == 0xD5 || c == 0xF5 || c == 0xDD || c == 0xFD || c == 0xCC
					|| c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2) {
				vietnamese++;
			}
		}
		if (vietnamese == 0) {
			throw new UnreadableFileException("import.file.encoding");
		}
		return WINDOWS_1258;
	}

}
