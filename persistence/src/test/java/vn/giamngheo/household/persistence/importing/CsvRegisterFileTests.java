package vn.giamngheo.household.persistence.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRegisterFileTests {

	static List<List<String>> rows(byte[] bytes) {
		List<List<String>> rows = new ArrayList<>();
		new CsvRegisterFile(bytes).read((row, cells) -> rows.add(cells));
		return rows;
	}

	@Test
	void aLargeFileIsRecognisedAsUtf8EvenWhereALetterStraddlesTheDecodingWindow() {
		// Multi-byte letters ("ễ" is three bytes) over many 8 K-character windows, at
		// shifting offsets to their edges.
		String text = "a".repeat(8191) + "Nguyễn Văn Ân\n".repeat(20_000);
		assertThat(CsvRegisterFile.validUtf8(text.getBytes(StandardCharsets.UTF_8))).isTrue();
	}

	@Test
	void aWindows1258ByteFarIntoALargeFileIsNotTakenForUtf8() {
		byte[] bytes = ("household_code\n" + "TV-1\n".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 3] = (byte) 0xD0; // Đ in Windows-1258, a broken sequence in
												// UTF-8
		assertThat(CsvRegisterFile.validUtf8(bytes)).isFalse();
	}

	@Test
	void readsUtf8WithAByteOrderMarkAndCommas() {
		byte[] text = "full_name,sex\nNguyễn Thị Ánh,Nữ\n".getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[text.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bom, 3, text.length);

		assertThat(rows(bom)).containsExactly(List.of("full_name", "sex"), List.of("Nguyễn Thị Ánh", "Nữ"));
	}

	@Test
	void readsSemicolonsAsExcelWritesThemWhereTheCommaIsTheDecimalMark() {
		assertThat(rows("full_name;address\nLâm Văn Tư;\"Tổ 1; ấp Chợ\"\n".getBytes(StandardCharsets.UTF_8)))
			.containsExactly(List.of("full_name", "address"), List.of("Lâm Văn Tư", "Tổ 1; ấp Chợ"));
	}

	@Test
	void readsWindows1258AndComposesItsToneMarks() {
		// As Excel writes "Nguyễn Thị" in code page 1258: ê is one byte (0xEA), its tilde
		// a combining byte (0xDE),
		// and ị is i with a combining dot below (0xF2).
		byte[] bytes = { 'f', 'u', 'l', 'l', '_', 'n', 'a', 'm', 'e', '\n', 'N', 'g', 'u', 'y', (byte) 0xEA,
				(byte) 0xDE, 'n', ' ', 'T', 'h', 'i', (byte) 0xF2, '\n' };
		CsvRegisterFile file = new CsvRegisterFile(bytes);

		assertThat(file.note()).isEqualTo("import.note.windows1258");
		assertThat(rows(bytes).get(1)).containsExactly("Nguyễn Thị");
	}

	@Test
	void refusesAFileInNeitherEncodingWithAMessageSayingHowToSaveIt() {
		byte[] latin = { 'a', ',', 'b', '\n', (byte) 0xB8, (byte) 0xB5, '\n' };
		assertThatThrownBy(() -> new CsvRegisterFile(latin)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("import.file.encoding");
	}

}
