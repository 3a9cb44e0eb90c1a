package vn.giamngheo.area.persistence;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.shared.persistence.CacheConfiguration;
import vn.giamngheo.area.AreaLevel;

/**
 * Imports administrative units from CSV. The whole file is checked first; if any row is
 * bad nothing is written and every error is reported, so a half-imported tree never
 * exists.
 *
 * <p>
 * Columns:
 * {@code code,name,kind,parent_code,area_type,especially_difficult,program_135,ethnic_minority_region,
 * valid_from,valid_to,predecessor_codes} (dates dd/MM/yyyy; predecessors separated by
 * "|"). Each row's cells are read by {@link AreaCsvRow}; this class checks the rows
 * against each other and the stored tree, and writes them.
 */
@Service
public class AreaImport {

	public static final List<String> COLUMNS = List.of("code", "name", "kind", "parent_code", "area_type",
			"especially_difficult", "program_135", "ethnic_minority_region", "valid_from", "valid_to",
			"predecessor_codes");

	private final AreaRepository areas;

	private final AreaSuccessions successions;

	public AreaImport(AreaRepository areas, AreaSuccessions successions) {
		this.areas = areas;
		this.successions = successions;
	}

	public record Result(int rows, List<RowError> errors) {
		public boolean ok() {
			return errors.isEmpty();
		}
	}

	/**
	 * Comma or semicolon, whichever the header line has more of (the register import's
	 * rule too).
	 */
	static char delimiter(String header) {
		long commas = header.chars().filter(c -> c == ',').count();
		long semicolons = header.chars().filter(c -> c == ';').count();
		return semicolons > commas ? ';' : ',';
	}

	/**
	 * Checks the file and, when {@code write} is true and every row is good, writes it in
	 * one transaction.
	 */
	@Transactional
	@CacheEvict(cacheNames = { CacheConfiguration.AREAS, CacheConfiguration.AREA_OPTIONS }, allEntries = true,
			condition = "#write")
	public Result importCsv(Reader csv, boolean write) throws IOException {
		List<RowError> errors = new ArrayList<>();
		List<AreaCsvRow> rows = new ArrayList<>();
		Map<String, AreaLevel> levelsInFile = new HashMap<>();
		Map<String, Integer> rowOfCode = new HashMap<>();
		// Issue 13: Excel in a Vietnamese locale saves "CSV" with semicolons (the comma
		// is the decimal mark there),
		// and with a byte-order mark before the first column; both are read as the
		// officer meant them.
		java.io.BufferedReader in = new java.io.BufferedReader(csv);
		in.mark(1);
		if (in.read() != '\uFEFF') {
			in.reset();
		}
		in.mark(64 * 1024);
		String header = in.readLine();
		in.reset();
		char delimiter = delimiter(header == null ? "" : header);
		var format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.get();
		try (var parser = format.parse(in)) {
			List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
			if (!missing.isEmpty()) {
				// The names of the missing columns fill the message's {0}; before, it
				// showed "Thiếu cột: {0}".
				return new Result(0,
						List.of(new RowError(1, "", "import.error.missingColumns", String.join(", ", missing))));
			}
			try {
				for (CSVRecord record : parser) {
					int number = (int) record.getRecordNumber() + 1;
					// A short or long row would otherwise fail on the first missing
					// column with an exception.
					if (!record.isConsistent()) {
						errors.add(new RowError(number, "", "import.error.columns", record.size(),
								parser.getHeaderNames().size()));
						continue;
					}
					AreaCsvRow.parse(record, number, errors).ifPresent(row -> {
						if (levelsInFile.put(row.code(), row.kind().level()) != null) {
							errors.add(new RowError(number, "code", "import.error.duplicateCode", row.code()));
						}
						rowOfCode.putIfAbsent(row.code(), number);
						rows.add(row);
					});
				}
			}
			catch (java.io.UncheckedIOException | IllegalStateException ex) {
				// Commons CSV gives up on an unclosed quote: report the line it reached,
				// and nothing is written.
				errors.add(new RowError((int) parser.getRecordNumber() + 2, "", "import.error.quote"));
			}
		}
		for (AreaCsvRow row : rows) {
			checkReferences(row, levelsInFile, errors);
			Integer parentRow = rowOfCode.get(row.parentCode());
			if (parentRow != null && parentRow > row.number()) {
				errors.add(new RowError(row.number(), "parent_code", "import.error.parentAfterChild", row.parentCode(),
						parentRow));
			}
		}
		if (errors.isEmpty() && write) {
			Map<String, Long> ids = new HashMap<>();
			for (AreaCsvRow row : rows) {
				Long parentId = row.parentCode().isEmpty() ? null : idOf(row.parentCode(), ids);
				Area area = new Area(row.code(), row.name(), row.kind(), parentId, row.areaType(), row.from())
					.withFlags(row.difficult(), row.p135(), row.minority());
				if (row.to() != null) {
					area.endOn(row.to());
				}
				ids.put(row.code(), areas.save(area).getId());
			}
			// Predecessors end the day before their successor begins; a commune wholly
			// taken over hands it its
			// villages and households (AreaSuccessions).
			for (AreaCsvRow row : rows) {
				if (!row.predecessors().isEmpty()) {
					successions.succeed(row.predecessors().stream().map(code -> idOf(code, ids)).toList(),
							ids.get(row.code()), row.from(), null, "csv-import");
				}
			}
		}
		errors.sort(java.util.Comparator.comparingInt(RowError::row));
		return new Result(rows.size(), errors);
	}

	private Long idOf(String code, Map<String, Long> idsInFile) {
		Long id = idsInFile.get(code);
		return id != null ? id : areas.findByCode(code).orElseThrow().getId();
	}

	private void checkReferences(AreaCsvRow row, Map<String, AreaLevel> levelsInFile, List<RowError> errors) {
		if (areas.findByCode(row.code()).isPresent()) {
			errors.add(new RowError(row.number(), "code", "import.error.codeExists", row.code()));
		}
		AreaLevel parentLevel = null;
		if (!row.parentCode().isEmpty()) {
			parentLevel = levelsInFile.containsKey(row.parentCode()) ? levelsInFile.get(row.parentCode())
					: areas.findByCode(row.parentCode()).map(Area::getLevel).orElse(null);
			if (parentLevel == null) {
				errors.add(new RowError(row.number(), "parent_code", "import.error.parentUnknown", row.parentCode()));
				return;
			}
		}
		if (!row.kind().level().mayHaveParent(parentLevel)) {
			errors.add(new RowError(row.number(), "parent_code", "import.error.parentLevel", row.parentCode()));
		}
		for (String predecessor : row.predecessors()) {
			AreaLevel level = levelsInFile.containsKey(predecessor) ? levelsInFile.get(predecessor)
					: areas.findByCode(predecessor).map(Area::getLevel).orElse(null);
			if (level == null) {
				errors.add(new RowError(row.number(), "predecessor_codes", "import.error.predecessorUnknown",
						predecessor));
			}
			else if (level != row.kind().level() || predecessor.equals(row.code())) {
				errors
					.add(new RowError(row.number(), "predecessor_codes", "import.error.predecessorLevel", predecessor));
			}
			else if (!levelsInFile.containsKey(predecessor)
					&& areas.findByCode(predecessor).map(a -> !a.getValidFrom().isBefore(row.from())).orElse(false)) {
				errors
					.add(new RowError(row.number(), "predecessor_codes", "import.error.predecessorDate", predecessor));
			}
		}
	}

}
