package vn.giamngheo.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * The demo's bulk rows: CSV text written line by line and copied in with PostgreSQL COPY.
 */
final class DemoCsv {

	private DemoCsv() {
	}

	/** Copies CSV text into a table through the connection of the current transaction. */
	static void copy(Connection connection, String table, Reader csv) throws SQLException, IOException {
		connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", csv);
	}

	static void csv(Writer out, Object... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			Object v = values[i];
			if (v != null) {
				String s = v.toString();
				if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
					out.write('"' + s.replace("\"", "\"\"") + '"');
				}
				else {
					out.write(s);
				}
			}
		}
		out.write('\n');
	}

}
