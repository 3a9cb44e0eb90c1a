package vn.giamngheo.household.persistence.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import vn.giamngheo.household.importing.PersonRow;
import vn.giamngheo.shared.VietnameseText;

/**
 * Writes checked households and their members through PostgreSQL COPY, in chunks, on the
 * transaction's own connection: ordinary inserts into the ordinary tables, so constraints
 * and any trigger on them still apply, and a failure anywhere rolls the whole file back.
 * Household ids come from the table's sequence, so concurrent entries never collide with
 * them. The category is left to the table's default: an imported household is not yet
 * classified, whatever the file says.
 */
final class ImportWriter {

	static final int CHUNK = 5_000;

	private record Pending(PersonRow head, long communeId, long villageId, List<PersonRow> members) {
	}

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final Map<String, Long> communes;

	private final Map<String, ImportCheck.Village> villages;

	private final long importId;

	private final String user;

	private final ImportProgress progress;

	private final int totalHouseholds;

	private final List<Pending> pending = new ArrayList<>();

	private Pending current;

	int households;

	int members;

	ImportWriter(JdbcTemplate jdbc, DataSource dataSource, Map<String, Long> communes,
			Map<String, ImportCheck.Village> villages, long importId, String user, ImportProgress progress,
			int totalHouseholds) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.communes = communes;
		this.villages = villages;
		this.importId = importId;
		this.user = user;
		this.progress = progress;
		this.totalHouseholds = totalHouseholds;
	}

	void row(PersonRow p) {
		if (current == null || !current.head().householdCode().equals(p.householdCode())) {
			current = new Pending(p, communes.get(p.communeCode()), villages.get(p.villageCode()).id(),
					new ArrayList<>());
			pending.add(current);
			if (pending.size() > CHUNK) {
				Pending last = pending.remove(pending.size() - 1);
				flush();
				pending.add(last);
			}
		}
		current.members().add(p);
	}

	void finish() {
		flush();
	}

	private void flush() {
		if (pending.isEmpty()) {
			return;
		}
		List<Long> ids = jdbc.queryForList("SELECT nextval('household_id_seq') FROM generate_series(1, ?)", Long.class,
				pending.size());
		StringBuilder households = new StringBuilder(pending.size() * 200);
		StringBuilder memberRows = new StringBuilder(pending.size() * 400);
		StringBuilder changes = new StringBuilder(pending.size() * 40);
		for (int i = 0; i < pending.size(); i++) {
			Pending h = pending.get(i);
			long id = ids.get(i);
			StringBuilder names = new StringBuilder();
			for (PersonRow m : h.members()) {
				names.append(' ').append(m.fullName());
				csv(memberRows, id, m.fullName(), m.dateOfBirth(), m.sex().name(), m.ethnicity().name(), m.citizenId(),
						m.relationship().name(), m.healthInsuranceCard());
			}
			PersonRow head = h.head();
			String search = VietnameseText
				.fold(head.fullName() + " " + head.householdCode() + " " + head.address() + names);
			csv(households, id, head.householdCode(), h.communeId(), h.villageId(), head.address(), head.fullName(),
					head.ethnicity().name(), head.phone(), h.members().size(),
					search.length() > 600 ? search.substring(0, 600) : search, VietnameseText.sortKey(head.fullName()),
					user, user);
			csv(changes, id, user, "IMPORTED", "import\t\t" + importId, importId);
			this.members += h.members().size();
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(
					"COPY household (id, code, commune_id, village_id, address, head_name, ethnicity, phone, "
							+ "member_count, search_text, sort_key, created_by, updated_by) FROM STDIN (FORMAT csv)",
					new StringReader(households.toString()));
			copy.copyIn(
					"COPY household_member (household_id, full_name, date_of_birth, sex, ethnicity, citizen_id, "
							+ "relationship, health_insurance_card) FROM STDIN (FORMAT csv)",
					new StringReader(memberRows.toString()));
			copy.copyIn("COPY household_change (household_id, changed_by, action, details, import_id) "
					+ "FROM STDIN (FORMAT csv)", new StringReader(changes.toString()));
		}
		catch (SQLException ex) {
			throw new org.springframework.dao.DataIntegrityViolationException("import COPY failed: " + ex.getMessage(),
					ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		this.households += pending.size();
		pending.clear();
		progress.at("write", this.households, totalHouseholds);
	}

	/** One CSV line for COPY: null as an empty unquoted field, every text quoted. */
	static void csv(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			Object v = values[i];
			if (v instanceof String s) {
				out.append('"').append(s.indexOf('"') >= 0 ? s.replace("\"", "\"\"") : s).append('"');
			}
			else if (v != null) {
				out.append(v);
			}
		}
		out.append('\n');
	}

}
