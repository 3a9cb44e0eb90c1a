package vn.giamngheo.household.persistence.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.household.importing.RegisterColumn;
import vn.giamngheo.household.persistence.importing.RegisterImports.Stored;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * The audit's copy of every register file (issue 15, {@code register_import}): the file
 * as uploaded with its size, SHA-256 and column choices, its status (checked, refused,
 * written) and report, and the communes it touched. The one writer of
 * {@code register_import} and {@code register_import_commune}.
 */
@Component
class ImportFiles {

	/** The totals an import reports when it ends. */
	record Outcome(String status, int rows, int households, int members, int errorCount, String report,
			int candidates) {
	}

	private final JdbcTemplate jdbc;

	ImportFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the file as uploaded, status CHECKED until its check ends; returns the
	 * import's id.
	 */
	long record(RegisterFile file, String fileName, byte[] content, Map<RegisterColumn, String> mapping, String user) {
		String columns = mapping.entrySet()
			.stream()
			.map(e -> e.getKey().header() + "=" + e.getValue())
			.collect(Collectors.joining("\n"));
		String name = fileName == null || fileName.isBlank() ? "register" : fileName.strip();
		return jdbc.queryForObject("""
				INSERT INTO register_import (file_name, file_format, file_size, file_sha256, content, column_map,
				    uploaded_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'CHECKED') RETURNING id""", Long.class,
				name.length() > 255 ? name.substring(0, 255) : name, file.format(), content.length, sha256(content),
				content, columns.isEmpty() ? null : columns, user);
	}

	/** The file of an earlier dry run by the same user. */
	Stored stored(long importId, String user) {
		return jdbc.query("SELECT id, file_name, file_format, content, status, column_map FROM register_import "
				+ "WHERE id = ? AND uploaded_by = ?", rs -> {
					if (!rs.next()) {
						throw new NotFoundException("import", importId);
					}
					Map<String, String> map = new HashMap<>();
					String columns = rs.getString("column_map");
					if (columns != null) {
						for (String line : columns.split("\n")) {
							int eq = line.indexOf('=');
							if (eq > 0) {
								map.put(line.substring(0, eq), line.substring(eq + 1));
							}
						}
					}
					return new Stored(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_format"),
							rs.getBytes("content"), rs.getString("status"), ColumnMapping.chosen(map));
				}, importId, user);
	}

	/**
	 * The import's status under its row lock (a second click waits here), or null when it
	 * is not this user's.
	 */
	String lockStatus(long importId, String user) {
		return jdbc.query("SELECT status FROM register_import WHERE id = ? AND uploaded_by = ? FOR UPDATE",
				rs -> rs.next() ? rs.getString(1) : null, importId, user);
	}

	/** Stores how the import ended and the communes its rows belong to. */
	void finish(long id, Outcome outcome, Collection<Long> communes) {
		jdbc.update("""
				UPDATE register_import SET status = ?, row_count = ?, households = ?, members = ?, error_count = ?,
				    report = ?, candidates = ?, written_at = CASE WHEN ? = 'WRITTEN' THEN now() END WHERE id = ?""",
				outcome.status(), outcome.rows(), outcome.households(), outcome.members(), outcome.errorCount(),
				outcome.report(), outcome.candidates(), outcome.status(), id);
		for (Long commune : communes) {
			jdbc.update("INSERT INTO register_import_commune (import_id, commune_id) VALUES (?, ?) "
					+ "ON CONFLICT DO NOTHING", id, commune);
		}
	}

	static String report(List<ImportError> errors) {
		return errors.stream()
			.map(e -> e.row() + "\t" + e.column() + "\t" + e.key() + "\t"
					+ e.args().stream().map(String::valueOf).collect(Collectors.joining("|")))
			.collect(Collectors.joining("\n"));
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
