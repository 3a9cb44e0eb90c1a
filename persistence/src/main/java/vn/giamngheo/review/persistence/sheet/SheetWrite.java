package vn.giamngheo.review.persistence.sheet;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.ConcurrentEditException;

/**
 * Writes the checked rows of a sheet with JDBC batches, inside the caller's transaction and under the list's row
 * lock: new reviews as drafts, existing drafts and returned reviews from the version the sheet was made from. A row
 * changed since the check makes the whole sheet roll back.
 */
@Component
class SheetWrite {

	private static final int BATCH = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	SheetWrite(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Campaign campaign, long communeId, List<SheetCheck.Checked> rows, String user, SheetProgress progress,
			int total) {
		if (rows.isEmpty()) {
			return;
		}
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<SheetCheck.Checked> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			plain.batchUpdate("""
					INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
					    member_count, monthly_income_per_capita, facts, entered_indicators, deficiencies,
					    previous_category, category, outcome, standard_id, standard_version, income_line, created_by,
					    updated_by)
					VALUES (?, 'PERIODIC', ?, ?, ?, 'DRAFT', ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					new BatchPreparedStatementSetter() {
						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							SheetCheck.Checked c = chunk.get(i);
							ps.setLong(1, campaign.id());
							ps.setLong(2, c.household().id());
							ps.setLong(3, communeId);
							ps.setInt(4, campaign.year());
							ps.setString(5, c.areaType().name());
							setInteger(ps, 6, c.members());
							ps.setLong(7, c.income());
							ps.setString(8, entered(c.marks()));
							ps.setArray(9, ps.getConnection().createArrayOf("text",
									c.classification().deficiencyCodes().toArray()));
							ps.setString(10, c.before().name());
							ps.setString(11, c.classification().category().name());
							ps.setString(12, c.outcome().name());
							ps.setString(13, c.classification().standardId());
							ps.setInt(14, c.classification().standardVersion());
							ps.setLong(15, c.classification().incomeLine());
							ps.setString(16, user);
							ps.setString(17, user);
						}

						@Override
						public int getBatchSize() {
							return chunk.size();
						}
					});
			progress.at("write", from + chunk.size(), total);
		}
		jdbc.update("""
				INSERT INTO review_event (review_id, actor, action, from_state, to_state, note)
				SELECT r.id, :user, 'SAVE', NULL, 'DRAFT', :note FROM household_review r
				WHERE r.campaign_id = :c AND r.household_id IN (SELECT unnest(CAST(:ids AS BIGINT[])))""",
				new MapSqlParameterSource("user", user).addValue("note", NOTE).addValue("c", campaign.id())
					.addValue("ids", rows.stream().mapToLong(c -> c.household().id()).boxed().toArray(Long[]::new)));
	}

	void update(List<SheetCheck.Checked> rows, String user, SheetProgress progress, int doneBefore, int total) {
		if (rows.isEmpty()) {
			return;
		}
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<SheetCheck.Checked> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			int[] counts = plain.batchUpdate("""
					UPDATE household_review SET area_type = ?, member_count = ?, monthly_income_per_capita = ?,
					    entered_indicators = ?, deficiencies = ?, category = ?, outcome = ?, standard_id = ?,
					    standard_version = ?, income_line = ?, updated_by = ?, updated_at = now(), version = version + 1
					WHERE id = ? AND version = ? AND state IN ('DRAFT', 'RETURNED')""",
					new BatchPreparedStatementSetter() {
						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							SheetCheck.Checked c = chunk.get(i);
							ps.setString(1, c.areaType().name());
							setInteger(ps, 2, c.members());
							ps.setLong(3, c.income());
							ps.setString(4, entered(c.marks()));
							ps.setArray(5, ps.getConnection().createArrayOf("text",
									c.classification().deficiencyCodes().toArray()));
							ps.setString(6, c.classification().category().name());
							ps.setString(7, c.outcome().name());
							ps.setString(8, c.classification().standardId());
							ps.setInt(9, c.classification().standardVersion());
							ps.setLong(10, c.classification().incomeLine());
							ps.setString(11, user);
							ps.setLong(12, c.existing().id());
							ps.setLong(13, c.existing().version());
						}

						@Override
						public int getBatchSize() {
							return chunk.size();
						}
					});
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] == 0) {
					// Edited online since the check: the whole sheet rolls back.
					throw new ConcurrentEditException(jdbc.queryForObject(
							"SELECT updated_by FROM household_review WHERE id = :id",
							Map.of("id", chunk.get(i).existing().id()), String.class));
				}
			}
			plain.batchUpdate("""
					INSERT INTO review_event (review_id, actor, action, from_state, to_state, note)
					VALUES (?, ?, 'SAVE', ?, ?, ?)""", new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					SheetCheck.Checked c = chunk.get(i);
					ps.setLong(1, c.existing().id());
					ps.setString(2, user);
					ps.setString(3, c.existing().state().name());
					ps.setString(4, c.existing().state().name());
					ps.setString(5, NOTE);
				}

				@Override
				public int getBatchSize() {
					return chunk.size();
				}
			});
			progress.at("write", doneBefore + from + chunk.size(), total);
		}
	}

	/** Recorded with each review written from a sheet, so its history says where the figures came from. */
	static final String NOTE = "excel";

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

	/** The same form as {@link ReviewService#save} stores: CODE=true|false, sorted by code. */
	static String entered(Map<String, Boolean> marks) {
		return marks.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}
}
