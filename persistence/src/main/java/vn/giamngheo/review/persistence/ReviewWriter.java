package vn.giamngheo.review.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.review.CommuneReviewList.Moved;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.shared.persistence.ConcurrentEditException;

/**
 * The one writer of {@code household_review} and {@code review_event} (issue 10, item 3):
 * every INSERT and UPDATE of a review and every line of its history is written here, each
 * write from the version its caller read (the {@code version} column) and with its
 * history line, so a new way to change a review cannot forget either.
 * {@code review_event} is append-only: nothing updates or deletes it. It runs in the
 * caller's transaction and under the lock the caller took (the list's row, or the
 * household's row for a regular review). The one other writer is the household merge
 * ({@code HouseholdMerger}, moving a merged household's reviews): household cannot call
 * review, which depends on it. {@code ArchitectureTests} fails for any other class that
 * writes these tables.
 * <p>
 * Size: the single writer of two tables on purpose; split, the tables would have several
 * writers again.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReviewWriter {

	/**
	 * Recorded with each review written from a sheet, so its history says where the
	 * figures came from.
	 */
	public static final String SHEET_NOTE = "excel";

	private static final int SHEET_BATCH = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	public ReviewWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A review entered online: the form's inputs, where they belong, and what they were
	 * classified as.
	 */
	public record Entered(Long campaignId, String kind, long householdId, long communeId, int year, ReviewInput input,
			Classification classification, PovertyStandard standard, HouseholdCategory before, Outcome outcome) {
	}

	/**
	 * One checked row of an Excel sheet; {@code entered} is the marks as
	 * {@code CODE=true|false}, sorted.
	 */
	public record SheetFigures(long householdId, AreaType areaType, Integer members, long income, String entered,
			Classification classification, HouseholdCategory before, Outcome outcome) {
	}

	/**
	 * A sheet row for a review that exists: the figures and the review's id, state and
	 * version at the check.
	 */
	public record SheetCorrection(long reviewId, ReviewState state, long version, SheetFigures figures) {
	}

	/** Inserts a new review as a draft with its SAVE event, and returns its id. */
	public long insertEntered(Entered e, String user) {
		long id = jdbc.queryForObject("""
				INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
				    household_monthly_income, member_count, monthly_income_per_capita, b1_points, b2_points, facts,
				    entered_indicators, deficiencies, previous_category, category, outcome, standard_id,
				    standard_version, income_line, created_by, updated_by)
				VALUES (:campaign, :kind, :household, :commune, :year, 'DRAFT', :areaType, :hhIncome, :members,
				    :income, :b1, :b2, :facts, :entered, :deficiencies, :before, :category, :outcome, :sid, :sv,
				    :line, :user, :user) RETURNING id""", entered(e, user), Long.class);
		event(id, user, ReviewAction.SAVE.name(), null, ReviewState.DRAFT, null);
		return id;
	}

	/**
	 * Corrects an existing review's figures from the version the official opened, with
	 * its SAVE event; a review changed meanwhile is refused with the name of who changed
	 * it.
	 */
	public void correctEntered(Review existing, long expectedVersion, Entered e, String user) {
		int updated = jdbc.update("""
				UPDATE household_review SET area_type = :areaType, household_monthly_income = :hhIncome,
				    member_count = :members, monthly_income_per_capita = :income, b1_points = :b1, b2_points = :b2,
				    facts = :facts, entered_indicators = :entered, deficiencies = :deficiencies, category = :category,
				    outcome = :outcome, standard_id = :sid, standard_version = :sv, income_line = :line,
				    updated_by = :user, updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version""",
				entered(e, user).addValue("id", existing.id()).addValue("version", expectedVersion));
		if (updated == 0) {
			throw new ConcurrentEditException(existing.updatedBy());
		}
		event(existing.id(), user, ReviewAction.SAVE.name(), existing.state(), existing.state(), null);
	}

	/**
	 * Moves one review to {@code to} from the version it was read at, with its event; the
	 * decision's number and date are kept when null is given.
	 */
	public void moveOne(Review current, ReviewAction action, ReviewState to, String reason, String decisionNumber,
			LocalDate decisionDate, String note, String user) {
		int updated = jdbc.update("""
				UPDATE household_review SET state = :to, return_reason = :reason,
				    decision_number = coalesce(:no, decision_number), decision_date = coalesce(:date, decision_date),
				    updated_by = :user, updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version""",
				new MapSqlParameterSource("to", to.name()).addValue("reason", reason)
					.addValue("no", decisionNumber)
					.addValue("date", decisionDate)
					.addValue("user", user)
					.addValue("id", current.id())
					.addValue("version", current.version()));
		if (updated == 0) {
			throw new ConcurrentEditException(current.updatedBy());
		}
		event(current.id(), user, action.name(), current.state(), to, note);
	}

	/**
	 * Moves the reviews a list step moved, each from the version the list was loaded at,
	 * in one batch, and their events in another; one review changed meanwhile refuses the
	 * whole step.
	 */
	public void moveMany(List<Moved> moved, ReviewAction action, String reason, String decisionNumber,
			LocalDate decisionDate, String note, String user) {
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		int[] counts = plain.batchUpdate("""
				UPDATE household_review SET state = ?, return_reason = ?,
				    decision_number = coalesce(?, decision_number), decision_date = coalesce(?, decision_date),
				    updated_by = ?, updated_at = now(), version = version + 1
				WHERE id = ? AND version = ?""", batch(moved, (ps, m) -> {
			ps.setString(1, m.to().name());
			ps.setString(2, reason);
			ps.setString(3, decisionNumber);
			ps.setObject(4, decisionDate == null ? null : Date.valueOf(decisionDate));
			ps.setString(5, user);
			ps.setLong(6, m.entry().reviewId());
			ps.setLong(7, m.entry().version());
		}));
		for (int count : counts) {
			if (count == 0) {
				throw new ConcurrentEditException(user);
			}
		}
		plain.batchUpdate("""
				INSERT INTO review_event (review_id, actor, action, from_state, to_state, note)
				VALUES (?, ?, ?, ?, ?, ?)""", batch(moved, (ps, m) -> {
			ps.setLong(1, m.entry().reviewId());
			ps.setString(2, user);
			ps.setString(3, action.name());
			ps.setString(4, m.entry().state().name());
			ps.setString(5, m.to().name());
			ps.setString(6, note);
		}));
	}

	/**
	 * Inserts a sheet's new reviews as drafts of the campaign in JDBC batches of
	 * {@value #SHEET_BATCH}, then all their SAVE events in one set-based statement.
	 * {@code written} hears how many rows are written after each batch.
	 */
	public void insertFromSheet(long campaignId, int year, long communeId, List<SheetFigures> rows, String user,
			IntConsumer written) {
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		for (int from = 0; from < rows.size(); from += SHEET_BATCH) {
			List<SheetFigures> chunk = rows.subList(from, Math.min(rows.size(), from + SHEET_BATCH));
			plain.batchUpdate("""
					INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
					    member_count, monthly_income_per_capita, facts, entered_indicators, deficiencies,
					    previous_category, category, outcome, standard_id, standard_version, income_line, created_by,
					    updated_by)
					VALUES (?, 'PERIODIC', ?, ?, ?, 'DRAFT', ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					batch(chunk, (ps, c) -> {
						ps.setLong(1, campaignId);
						ps.setLong(2, c.householdId());
						ps.setLong(3, communeId);
						ps.setInt(4, year);
						ps.setString(5, c.areaType().name());
						setInteger(ps, 6, c.members());
						ps.setLong(7, c.income());
						ps.setString(8, c.entered());
						ps.setArray(9, ps.getConnection()
							.createArrayOf("text", c.classification().deficiencyCodes().toArray()));
						ps.setString(10, c.before().name());
						ps.setString(11, c.classification().category().name());
						ps.setString(12, c.outcome().name());
						ps.setString(13, c.classification().standardId());
						ps.setInt(14, c.classification().standardVersion());
						ps.setLong(15, c.classification().incomeLine());
						ps.setString(16, user);
						ps.setString(17, user);
					}));
			written.accept(from + chunk.size());
		}
		jdbc.update("""
				INSERT INTO review_event (review_id, actor, action, from_state, to_state, note)
				SELECT r.id, :user, 'SAVE', NULL, 'DRAFT', :note FROM household_review r
				WHERE r.campaign_id = :c AND r.household_id IN (SELECT unnest(CAST(:ids AS BIGINT[])))""",
				new MapSqlParameterSource("user", user).addValue("note", SHEET_NOTE)
					.addValue("c", campaignId)
					.addValue("ids", rows.stream().mapToLong(SheetFigures::householdId).boxed().toArray(Long[]::new)));
	}

	/**
	 * Corrects a sheet's existing drafts and returned reviews in JDBC batches, each from
	 * the version the sheet was checked against, with their SAVE events; a row changed
	 * since the check refuses the whole sheet with the name of who changed it.
	 * {@code written} hears how many rows are written after each batch.
	 */
	public void correctFromSheet(List<SheetCorrection> rows, String user, IntConsumer written) {
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		for (int from = 0; from < rows.size(); from += SHEET_BATCH) {
			List<SheetCorrection> chunk = rows.subList(from, Math.min(rows.size(), from + SHEET_BATCH));
			int[] counts = plain.batchUpdate("""
					UPDATE household_review SET area_type = ?, member_count = ?, monthly_income_per_capita = ?,
					    entered_indicators = ?, deficiencies = ?, category = ?, outcome = ?, standard_id = ?,
					    standard_version = ?, income_line = ?, updated_by = ?, updated_at = now(), version = version + 1
					WHERE id = ? AND version = ? AND state IN ('DRAFT', 'RETURNED')""", batch(chunk, (ps, r) -> {
				SheetFigures c = r.figures();
				ps.setString(1, c.areaType().name());
				setInteger(ps, 2, c.members());
				ps.setLong(3, c.income());
				ps.setString(4, c.entered());
				ps.setArray(5,
						ps.getConnection().createArrayOf("text", c.classification().deficiencyCodes().toArray()));
				ps.setString(6, c.classification().category().name());
				ps.setString(7, c.outcome().name());
				ps.setString(8, c.classification().standardId());
				ps.setInt(9, c.classification().standardVersion());
				ps.setLong(10, c.classification().incomeLine());
				ps.setString(11, user);
				ps.setLong(12, r.reviewId());
				ps.setLong(13, r.version());
			}));
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] == 0) {
					// Edited online since the check: the whole sheet rolls back.
					throw new ConcurrentEditException(
							jdbc.queryForObject("SELECT updated_by FROM household_review WHERE id = :id",
									Map.of("id", chunk.get(i).reviewId()), String.class));
				}
			}
			plain.batchUpdate("""
					INSERT INTO review_event (review_id, actor, action, from_state, to_state, note)
					VALUES (?, ?, 'SAVE', ?, ?, ?)""", batch(chunk, (ps, r) -> {
				ps.setLong(1, r.reviewId());
				ps.setString(2, user);
				ps.setString(3, r.state().name());
				ps.setString(4, r.state().name());
				ps.setString(5, SHEET_NOTE);
			}));
			written.accept(from + chunk.size());
		}
	}

	private void event(long reviewId, String user, String action, ReviewState from, ReviewState to, String note) {
		jdbc.update("""
				INSERT INTO review_event (review_id, actor, action, from_state, to_state, note)
				VALUES (:id, :user, :action, :from, :to, :note)""",
				new MapSqlParameterSource("id", reviewId).addValue("user", user)
					.addValue("action", action)
					.addValue("from", from == null ? null : from.name())
					.addValue("to", to.name())
					.addValue("note", note));
	}

	private static MapSqlParameterSource entered(Entered e, String user) {
		ReviewInput in = e.input();
		Classification c = e.classification();
		return new MapSqlParameterSource().addValue("campaign", e.campaignId())
			.addValue("household", e.householdId())
			.addValue("commune", e.communeId())
			.addValue("year", e.year())
			.addValue("areaType", in.areaType().name())
			.addValue("hhIncome", in.householdMonthlyIncome())
			.addValue("members", in.memberCount())
			.addValue("income", c.monthlyIncomePerCapita())
			.addValue("b1", in.b1Points())
			.addValue("b2", in.b2Points())
			.addValue("facts", in.factsJson())
			.addValue("entered", ReviewEntry.entered(in.enteredIndicators()))
			.addValue("deficiencies", c.deficiencyCodes().toArray(String[]::new))
			.addValue("before", e.before().name())
			.addValue("category", c.category().name())
			.addValue("outcome", e.outcome().name())
			.addValue("sid", e.standard().id())
			.addValue("sv", e.standard().version())
			.addValue("line", c.incomeLine())
			.addValue("user", user)
			.addValue("kind", e.kind());
	}

	/** One JDBC batch of all {@code rows}, each set by {@code setter}. */
	private static <T> BatchPreparedStatementSetter batch(List<T> rows, RowSetter<T> setter) {
		return new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				setter.set(ps, rows.get(i));
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		};
	}

	@FunctionalInterface
	private interface RowSetter<T> {

		void set(PreparedStatement ps, T row) throws SQLException;

	}

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

}
