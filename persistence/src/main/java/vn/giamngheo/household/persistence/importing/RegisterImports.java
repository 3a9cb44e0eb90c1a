package vn.giamngheo.household.persistence.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.importing.RegisterColumn;
import vn.giamngheo.household.persistence.duplicates.DuplicateFinder;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.shared.persistence.rowsecurity.RowSecurity;

/**
 * Imports a commune's existing register (issue 15): a dry run that checks every row and
 * lists every bad cell, then a write of the whole file in one transaction, checked again
 * inside it. A file with any error writes nothing, whether or not a write was asked for.
 * Every file is kept with its report ({@code register_import}) for the audit.
 *
 * <p>
 * The file is read twice, row by row, never held as rows: the first reading checks, the
 * second writes through COPY. Codes and citizen IDs are checked against the register in
 * set-based queries between the two. The audit's copy of the file and its report are
 * {@link ImportFiles}.
 */
@Service
@Transactional
public class RegisterImports {

	/** A file kept for the audit, as the write step reads it back. */
	public record Stored(long id, String fileName, String format, byte[] content, String status,
			Map<RegisterColumn, String> mapping) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegisterImports.class);

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final DuplicateFinder duplicates;

	private final ImportFiles files;

	private final Clock clock;

	private final int maxRows;

	private final long maxBytes;

	public RegisterImports(JdbcTemplate jdbc, DataSource dataSource, DuplicateFinder duplicates, ImportFiles files,
			Clock clock, @Value("${giamngheo.import.max-rows:500000}") int maxRows,
			@Value("${giamngheo.import.max-bytes:62914560}") long maxBytes) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.duplicates = duplicates;
		this.files = files;
		this.clock = clock;
		this.maxRows = maxRows;
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** The dry run: every check, the file and its report kept, no household written. */
	public ImportResult check(RegisterFile file, String fileName, byte[] content, Map<RegisterColumn, String> mapping,
			Scope scope, String user, ImportProgress progress) {
		requireImporter(scope);
		long id = record(file, fileName, content, mapping, user);
		return finish(id, file, mapping, scope, user, false, progress);
	}

	/**
	 * Checks and, if every row is good, writes the file at once (the API without a dry
	 * run).
	 */
	public ImportResult importNow(RegisterFile file, String fileName, byte[] content,
			Map<RegisterColumn, String> mapping, Scope scope, String user, ImportProgress progress) {
		requireImporter(scope);
		long id = record(file, fileName, content, mapping, user);
		return finish(id, file, mapping, scope, user, true, progress);
	}

	/** The file of an earlier dry run by the same user, to be confirmed. */
	@Transactional(readOnly = true)
	public Stored stored(long importId, String user) {
		return files.stored(importId, user);
	}

	/**
	 * Confirms a dry run: checks the file again (the register may have changed) and
	 * writes it, all in this transaction. The audit row is locked first, so a second
	 * click waits and then finds the file written.
	 */
	public ImportResult confirm(long importId, RegisterFile file, Scope scope, String user, ImportProgress progress) {
		requireImporter(scope);
		String status = files.lockStatus(importId, user);
		if (status == null) {
			throw new NotFoundException("import", importId);
		}
		Stored stored = stored(importId, user);
		if (!"CHECKED".equals(status)) {
			ImportCheck none = new ImportCheck(Map.of(), Map.of(), scope, LocalDate.now(clock));
			none.fileError("WRITTEN".equals(status) ? "import.error.alreadyWritten" : "import.error.notChecked");
			return new ImportResult(importId, 0, 0, 0, none.errors(), 1, false, 0, null, List.of());
		}
		return finish(importId, file, stored.mapping(), scope, user, true, progress);
	}

	/**
	 * Runs without the row-level-security backstop (issue 10): PostgreSQL refuses COPY
	 * into a table with policies, and the code and citizen-ID checks must see the whole
	 * register. The scope is enforced here instead: {@link ImportCheck} refuses every row
	 * outside the caller's communes before anything is written.
	 */
	private ImportResult finish(long id, RegisterFile file, Map<RegisterColumn, String> mapping, Scope scope,
			String user, boolean write, ImportProgress progress) {
		return RowSecurity.unrestricted(jdbc, () -> checkAndWrite(id, file, mapping, scope, user, write, progress));
	}

	private ImportResult checkAndWrite(long id, RegisterFile file, Map<RegisterColumn, String> mapping, Scope scope,
			String user, boolean write, ImportProgress progress) {
		Map<String, Long> communes = new HashMap<>();
		Map<String, ImportCheck.Village> villages = new HashMap<>();
		jdbc.query("""
				SELECT id, upper(code) AS code, level, parent_id FROM area
				WHERE level IN ('COMMUNE', 'VILLAGE') AND (valid_to IS NULL OR valid_to >= current_date)""", rs -> {
			if ("COMMUNE".equals(rs.getString("level"))) {
				communes.put(rs.getString("code"), rs.getLong("id"));
			}
			else {
				villages.put(rs.getString("code"), new ImportCheck.Village(rs.getLong("id"), rs.getLong("parent_id")));
			}
		});
		ImportCheck check = new ImportCheck(communes, villages, scope, LocalDate.now(clock));
		long started = System.nanoTime();
		List<String> headersToMap = List.of();
		try {
			read(file, mapping, (row, cells) -> check.row(row, cells), progress, "check");
		}
		catch (ColumnMapping.MappingNeeded ex) {
			ex.missing().forEach(c -> check.fileError("import.error.columnMissing", c.header()));
			headersToMap = ex.headers();
		}
		catch (UnreadableFileException ex) {
			check.fileError(ex.key(), ex.args().toArray());
		}
		if (check.rows == 0 && check.errorCount() == 0) {
			check.fileError("import.error.empty");
		}
		check.codesTaken(existing("SELECT code FROM household WHERE code = ANY(?)", check.codeRows.keySet()));
		check.citizenIdsTaken(existing("SELECT citizen_id FROM household_member WHERE citizen_id = ANY(?)",
				check.citizenIdRows.keySet()));
		boolean ok = check.errorCount() == 0;
		int candidates = 0;
		int members = check.rows;
		long checked = System.nanoTime();
		long copied = checked;
		if (ok && write) {
			ImportWriter writer = new ImportWriter(jdbc, dataSource, communes, villages, id, user, progress,
					check.households);
			read(file, mapping, (row, cells) -> writer.row(vn.giamngheo.household.importing.RegisterRowRules.read(row,
					cells, LocalDate.now(clock), new ArrayList<>())), progress, "read");
			writer.finish();
			copied = System.nanoTime();
			members = writer.members;
			progress.at("duplicates", 0, 1);
			candidates = duplicates.findForImport(id);
		}
		List<ImportError> errors = check.errors();
		String status = !ok ? "REFUSED" : write ? "WRITTEN" : "CHECKED";
		files.finish(id, new ImportFiles.Outcome(status, check.rows, check.households, members, check.errorCount(),
				ImportFiles.report(errors), candidates), check.communeIds);
		log.info("Import {} ({} rows, {} errors): check {} ms, write {} ms, duplicates {} ms", id, check.rows,
				check.errorCount(), (checked - started) / 1_000_000, (copied - checked) / 1_000_000,
				(System.nanoTime() - copied) / 1_000_000);
		return new ImportResult(id, check.rows, check.households, members, errors, check.errorCount(), ok && write,
				candidates, file.note(), headersToMap);
	}

	@FunctionalInterface
	private interface Rows {

		void row(int row, String[] cells);

	}

	/** Reads the file: its header row, then each non-blank row in template order. */
	private void read(RegisterFile file, Map<RegisterColumn, String> chosen, Rows rows, ImportProgress progress,
			String phase) {
		ColumnMapping[] mapping = new ColumnMapping[1];
		int[] count = new int[1];
		file.read((row, cells) -> {
			if (mapping[0] == null) {
				if (cells.stream().allMatch(String::isEmpty)) {
					return;
				}
				mapping[0] = ColumnMapping.of(cells, chosen);
				return;
			}
			if (cells.stream().allMatch(String::isEmpty)) {
				return;
			}
			if (++count[0] > maxRows) {
				throw new UnreadableFileException("import.file.tooManyRows", maxRows);
			}
			rows.row(row, mapping[0].cells(cells));
			if (count[0] % 5_000 == 0 && !"read".equals(phase)) {
				progress.at(phase, count[0], 0);
			}
		});
	}

	private Set<String> existing(String sql, Set<String> values) {
		Set<String> found = new HashSet<>();
		List<String> all = new ArrayList<>(values);
		for (int from = 0; from < all.size(); from += 20_000) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + 20_000));
			found.addAll(jdbc.query(con -> {
				var ps = con.prepareStatement(sql);
				ps.setArray(1, con.createArrayOf("text", chunk.toArray()));
				return ps;
			}, (rs, i) -> rs.getString(1)));
		}
		return found;
	}

	private long record(RegisterFile file, String fileName, byte[] content, Map<RegisterColumn, String> mapping,
			String user) {
		if (content.length > maxBytes) {
			throw new UnreadableFileException("import.file.tooLarge", maxBytes / (1024 * 1024));
		}
		return files.record(file, fileName, content, mapping, user);
	}

	private static void requireImporter(Scope scope) {
		if (!scope.mayImportRegister()) {
			throw new OutOfScopeException("role " + scope.role() + " may not import households");
		}
	}

}
