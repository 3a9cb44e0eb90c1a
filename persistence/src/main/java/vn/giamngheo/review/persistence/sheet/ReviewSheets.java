package vn.giamngheo.review.persistence.sheet;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.CommuneLists;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.VietnameseText;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * A commune's review sheet: the data to pre-fill it, and an uploaded sheet checked in full (dry run) and then written
 * in one transaction. Nothing is written while any cell is bad, and every bad cell is reported with its row and
 * column; the write checks everything again inside its transaction, so a list locked or a review edited meanwhile
 * still stops it, and a failure half-way rolls it all back.
 *
 * <p>The columns mean what {@link ReviewService#save} stores: the campaign's standard classifies the per-capita
 * income and the deficiencies marked "X", the outcome compares with the household's category when its review was
 * first created, and "poor earlier" means a poverty assessment of that category dated before the campaign started.
 * Everything a sheet needs is read in a handful of set-based queries and written with JDBC batches, so a sheet of
 * 10,000 households is checked and written in a few seconds.
 */
@Service
@Transactional
public class ReviewSheets {

	/** The household rows of a sheet, pre-filled from its review in the campaign or its last assessment. */
	public record SheetData(Campaign campaign, long communeId, String communeName, AreaType communeAreaType,
			PovertyStandard standard, SheetLayout layout, List<PrefilledRow> rows) {
	}

	/** @param reviewVersion the version of the household's review in the campaign, or null when it has none yet */
	public record PrefilledRow(long householdId, Long reviewVersion, String code, String headName, String village,
			int memberCount, AreaType areaType, Long monthlyIncomePerCapita, Set<String> deficiencies,
			ReviewState state) {
	}

	/**
	 * @param rows household rows in the file
	 * @param toWrite rows that will be (or were) written; the others were left empty
	 */
	public record Result(int rows, int toWrite, int created, int updated, List<CellError> errors, boolean written) {

		public boolean ok() {
			return errors.isEmpty();
		}

		public int skipped() {
			return rows - toWrite;
		}
	}

	private record Household(long id, String code, HouseholdCategory category, int memberCount) {
	}

	private record Existing(long id, long householdId, ReviewState state, HouseholdCategory previous, long version,
			AreaType areaType, Integer members, long income, Set<String> deficiencies) {
	}

	/** A row that passed every check, with what will be stored. */
	private record Checked(int row, Household household, Existing existing, AreaType areaType, Integer members,
			long income, Map<String, Boolean> marks, Classification classification, HouseholdCategory before,
			Outcome outcome) {
	}

	private static final int BATCH = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewService reviews;

	private final AreaRepository areas;

	private final PovertyStandardCatalog standards;

	private final CommuneLists lists;

	public ReviewSheets(NamedParameterJdbcTemplate jdbc, ReviewService reviews, AreaRepository areas,
			PovertyStandardCatalog standards, CommuneLists lists) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.areas = areas;
		this.standards = standards;
		this.lists = lists;
	}

	/** What identifies a commune's sheet in a campaign: its layout follows the campaign's standard. */
	public record SheetInfo(Campaign campaign, long communeId, String communeName, PovertyStandard standard,
			SheetLayout layout) {

		/** Written into the sheet (hidden cell A3) so that a sheet of another commune or campaign is refused. */
		public String signature() {
			return "GN-RS:" + campaign.id() + ":" + communeId + ":" + standard.id() + ":" + standard.version();
		}
	}

	// ---- download ---------------------------------------------------------------------------------------------

	/** The caller may open this commune's sheet: checks scope and finds the campaign's standard. */
	@Transactional(readOnly = true)
	public SheetInfo info(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		PovertyStandard standard = standardOf(campaign);
		return new SheetInfo(campaign, communeId, areas.findById(communeId).orElseThrow().getName(), standard,
				new SheetLayout(standard.indicatorCodes()));
	}

	@Transactional(readOnly = true)
	public SheetData sheet(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		PovertyStandard standard = standardOf(campaign);
		var commune = areas.findById(communeId).orElseThrow();
		AreaType communeType = commune.getAreaType() == null ? AreaType.RURAL : commune.getAreaType();
		List<PrefilledRow> rows = jdbc.query("""
				SELECT h.id, h.code, h.head_name, v.name AS village, h.member_count, r.version, r.state, r.area_type,
				       coalesce(r.monthly_income_per_capita, a.monthly_income_per_capita) AS income,
				       coalesce(r.deficiencies, a.deficiencies) AS deficiencies,
				       coalesce(r.area_type, a.area_type) AS area_type_known, r.member_count AS review_members
				FROM household h JOIN area v ON v.id = h.village_id
				LEFT JOIN household_review r ON r.household_id = h.id AND r.campaign_id = :campaign
				LEFT JOIN LATERAL (SELECT pa.monthly_income_per_capita, pa.deficiencies, pa.area_type
				                   FROM poverty_assessment pa WHERE pa.household_id = h.id
				                   ORDER BY pa.assessed_on DESC, pa.id DESC LIMIT 1) a ON r.id IS NULL
				WHERE h.commune_id = :commune
				ORDER BY h.sort_key, h.id""", new MapSqlParameterSource("campaign", campaignId)
			.addValue("commune", communeId), (rs, i) -> {
				Array d = rs.getArray("deficiencies");
				Set<String> deficiencies = new LinkedHashSet<>(
						d == null ? List.of() : Arrays.asList((String[]) d.getArray()));
				deficiencies.retainAll(standard.indicatorCodes());
				String known = rs.getString("area_type_known");
				Integer reviewMembers = (Integer) rs.getObject("review_members");
				return new PrefilledRow(rs.getLong("id"), (Long) rs.getObject("version"),
						rs.getString("code"), rs.getString("head_name"), rs.getString("village"),
						reviewMembers != null ? reviewMembers : rs.getInt("member_count"),
						known == null ? communeType : AreaType.valueOf(known), (Long) rs.getObject("income"),
						deficiencies, rs.getString("state") == null ? null : ReviewState.valueOf(rs.getString("state")));
			});
		return new SheetData(campaign, communeId, commune.getName(), communeType, standard,
				new SheetLayout(standard.indicatorCodes()), rows);
	}

	// ---- upload -----------------------------------------------------------------------------------------------

	/** The dry run: every check, nothing written. */
	@Transactional(readOnly = true)
	public Result check(long campaignId, long communeId, List<SheetRow> rows, Scope scope, SheetProgress progress) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		requireMayEdit(scope, communeId);
		List<CellError> errors = new ArrayList<>();
		List<Checked> checked = checkAll(campaign, communeId, rows, errors, progress);
		return new Result(countRows(rows), checked.size(), 0, 0, sorted(errors), false);
	}

	/**
	 * Checks again and, if every cell is good, writes every row in this one transaction: new reviews as drafts,
	 * existing drafts and returned reviews updated from the version the sheet was made from. Any failure rolls back
	 * the whole sheet.
	 */
	public Result write(long campaignId, long communeId, List<SheetRow> rows, Scope scope, String user,
			SheetProgress progress) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		requireMayEdit(scope, communeId);
		// Serialise uploads of one commune's list with every step of the list: all take the list's row lock, and
		// what is checked below is what the list holds once this upload has it.
		lists.lock(campaign, communeId);
		List<CellError> errors = new ArrayList<>();
		List<Checked> checked = checkAll(campaign, communeId, rows, errors, progress);
		if (!errors.isEmpty()) {
			return new Result(countRows(rows), checked.size(), 0, 0, sorted(errors), false);
		}
		List<Checked> inserts = checked.stream().filter(c -> c.existing() == null).toList();
		List<Checked> updates = checked.stream().filter(c -> c.existing() != null).toList();
		int total = checked.size();
		insert(campaign, communeId, inserts, user, progress, total);
		update(updates, user, progress, inserts.size(), total);
		progress.at("write", total, total);
		return new Result(countRows(rows), total, inserts.size(), updates.size(), List.of(), true);
	}

	private List<Checked> checkAll(Campaign campaign, long communeId, List<SheetRow> rows, List<CellError> errors,
			SheetProgress progress) {
		PovertyStandard standard = standardOf(campaign);
		SheetLayout layout = new SheetLayout(standard.indicatorCodes());
		if (Boolean.TRUE.equals(jdbc.queryForList("""
				SELECT locked FROM commune_review_list WHERE campaign_id = :c AND commune_id = :m""",
				Map.of("c", campaign.id(), "m", communeId), Boolean.class).stream().findFirst().orElse(false))) {
			errors.add(new CellError(0, "", "", "reviewSheet.error.locked"));
		}
		Map<String, Household> byCode = new HashMap<>();
		jdbc.query("SELECT id, code, category, member_count FROM household WHERE commune_id = :m",
				Map.of("m", communeId), rs -> {
					byCode.put(rs.getString("code").toUpperCase(Locale.ROOT), new Household(rs.getLong("id"),
							rs.getString("code"), HouseholdCategory.valueOf(rs.getString("category")),
							rs.getInt("member_count")));
				});
		Map<Long, Existing> existing = new HashMap<>();
		jdbc.query("""
				SELECT id, household_id, state, previous_category, version, area_type, member_count,
				       monthly_income_per_capita, deficiencies FROM household_review
				WHERE campaign_id = :c AND commune_id = :m""", Map.of("c", campaign.id(), "m", communeId), rs -> {
			existing.put(rs.getLong("household_id"), new Existing(rs.getLong("id"), rs.getLong("household_id"),
					ReviewState.valueOf(rs.getString("state")),
					HouseholdCategory.valueOf(rs.getString("previous_category")), rs.getLong("version"),
					AreaType.valueOf(rs.getString("area_type")), (Integer) rs.getObject("member_count"),
					rs.getLong("monthly_income_per_capita"),
					Set.of((String[]) rs.getArray("deficiencies").getArray())));
		});
		Set<Long> poorEarlier = new HashSet<>();
		Set<Long> nearPoorEarlier = new HashSet<>();
		jdbc.query("""
				SELECT pa.household_id, bool_or(pa.category = 'POOR') AS poor, bool_or(pa.category = 'NEAR_POOR') AS near
				FROM poverty_assessment pa JOIN household h ON h.id = pa.household_id
				WHERE h.commune_id = :m AND pa.assessed_on < :start
				  AND pa.category IN ('POOR', 'NEAR_POOR')
				GROUP BY pa.household_id""", new MapSqlParameterSource("m", communeId)
			.addValue("start", campaign.startsOn()), rs -> {
				if (rs.getBoolean("poor")) {
					poorEarlier.add(rs.getLong("household_id"));
				}
				if (rs.getBoolean("near")) {
					nearPoorEarlier.add(rs.getLong("household_id"));
				}
			});
		Set<String> unknownCodes = new HashSet<>();
		for (SheetRow row : rows) {
			String code = row.cell(SheetLayout.CODE).toUpperCase(Locale.ROOT);
			if (!code.isEmpty() && !byCode.containsKey(code)) {
				unknownCodes.add(row.cell(SheetLayout.CODE));
			}
		}
		Set<String> elsewhere = unknownCodes.isEmpty() ? Set.of()
				// One array parameter, however many codes: a list of parameters stops at 65,535.
				: new HashSet<>(jdbc.queryForList("SELECT upper(code) FROM household WHERE upper(code) = ANY(:codes)",
						Map.of("codes", unknownCodes.stream().map(c -> c.toUpperCase(Locale.ROOT))
							.toArray(String[]::new)), String.class));
		List<Checked> checked = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int done = 0;
		for (SheetRow row : rows) {
			if (++done % 500 == 0) {
				progress.at("check", done, rows.size());
			}
			if (row.blank()) {
				continue;
			}
			Checked c = checkRow(row, layout, standard, byCode, elsewhere, existing, poorEarlier, nearPoorEarlier,
					seen, errors);
			if (c != null) {
				checked.add(c);
			}
		}
		progress.at("check", rows.size(), rows.size());
		return checked;
	}

	private Checked checkRow(SheetRow row, SheetLayout layout, PovertyStandard standard, Map<String, Household> byCode,
			Set<String> elsewhere, Map<Long, Existing> existingByHousehold, Set<Long> poorEarlier,
			Set<Long> nearPoorEarlier, Map<String, Integer> seen, List<CellError> errors) {
		int n = row.row();
		int before = errors.size();
		String code = row.cell(SheetLayout.CODE);
		Household household = null;
		if (code.isEmpty()) {
			errors.add(error(n, SheetLayout.CODE, layout, "reviewSheet.error.codeRequired"));
		}
		else {
			household = byCode.get(code.toUpperCase(Locale.ROOT));
			Integer first = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), n);
			if (household == null) {
				errors.add(error(n, SheetLayout.CODE, layout, elsewhere.contains(code.toUpperCase(Locale.ROOT))
						? "reviewSheet.error.otherCommune" : "reviewSheet.error.unknownCode", code));
			}
			else if (first != null) {
				errors.add(error(n, SheetLayout.CODE, layout, "reviewSheet.error.duplicate", code, first));
			}
			else {
				String key = row.cell(SheetLayout.KEY);
				if (!key.isEmpty() && !key.equals(String.valueOf(household.id()))) {
					errors.add(error(n, SheetLayout.CODE, layout, "reviewSheet.error.keyMismatch", code));
				}
			}
		}
		AreaType areaType = areaType(row.cell(SheetLayout.AREA_TYPE));
		if (areaType == null) {
			errors.add(error(n, SheetLayout.AREA_TYPE, layout, "reviewSheet.error.areaType",
					row.cell(SheetLayout.AREA_TYPE)));
		}
		Integer members = null;
		String membersText = row.cell(SheetLayout.MEMBERS);
		if (!membersText.isEmpty()) {
			Long m = number(membersText);
			if (m == null || m < 1 || m > 99) {
				errors.add(error(n, SheetLayout.MEMBERS, layout, "reviewSheet.error.members", membersText));
			}
			else {
				members = m.intValue();
			}
		}
		Map<String, Boolean> marks = new HashMap<>();
		Set<String> deficient = new LinkedHashSet<>();
		boolean anyMark = false;
		for (int i = 0; i < layout.indicatorCodes().size(); i++) {
			int column = layout.indicatorColumn(i);
			String text = row.cell(column);
			Boolean mark = mark(text);
			if (mark == null) {
				errors.add(error(n, column, layout, "reviewSheet.error.mark", text));
				continue;
			}
			anyMark |= mark;
			marks.put(layout.indicatorCodes().get(i), mark);
			if (mark) {
				deficient.add(layout.indicatorCodes().get(i));
			}
		}
		String incomeText = row.cell(SheetLayout.INCOME);
		Long income = null;
		if (incomeText.isEmpty()) {
			if (!anyMark) {
				return null; // a household not reviewed yet: left as it is (bad cells already listed stay listed)
			}
			errors.add(error(n, SheetLayout.INCOME, layout, "reviewSheet.error.incomeRequired"));
		}
		else {
			income = number(incomeText);
			if (income == null || income < 0) {
				errors.add(error(n, SheetLayout.INCOME, layout, "reviewSheet.error.income", incomeText));
			}
			else if (income > 1_000_000_000L) {
				errors.add(error(n, SheetLayout.INCOME, layout, "reviewSheet.error.incomeTooHigh", incomeText));
			}
		}
		Existing existing = household == null ? null : existingByHousehold.get(household.id());
		if (existing != null && errors.size() == before && existing.income() == income
				&& existing.areaType() == areaType && existing.deficiencies().equals(deficient)
				&& (members == null || members.equals(existing.members()))) {
			return null; // as stored: nothing to write, whatever step the review has reached
		}
		if (existing != null) {
			if (!existing.state().editable()) {
				errors.add(new CellError(n, "", "", "reviewSheet.error.notEditable." + existing.state().name(),
						code));
			}
			else {
				// The sheet carries the version it was made from; an empty cell means the household had no review
				// then, so a review created since (version 0 included) is as stale as one edited since.
				String version = row.cell(SheetLayout.VERSION);
				Long v = version.isEmpty() ? null : number(version);
				if (v == null || v != existing.version()) {
					errors.add(new CellError(n, "", "", "reviewSheet.error.stale", code));
				}
			}
		}
		if (errors.size() > before) {
			return null;
		}
		Classification classification = standard.classify(areaType, income, deficient);
		HouseholdCategory previous = existing != null ? existing.previous() : household.category();
		Outcome outcome = Outcome.of(previous, classification.category(), poorEarlier.contains(household.id()),
				nearPoorEarlier.contains(household.id()));
		return new Checked(n, household, existing, areaType, members, income, marks, classification, previous,
				outcome);
	}

	// ---- writing ----------------------------------------------------------------------------------------------

	private void insert(Campaign campaign, long communeId, List<Checked> rows, String user, SheetProgress progress,
			int total) {
		if (rows.isEmpty()) {
			return;
		}
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Checked> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			plain.batchUpdate("""
					INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
					    member_count, monthly_income_per_capita, facts, entered_indicators, deficiencies,
					    previous_category, category, outcome, standard_id, standard_version, income_line, created_by,
					    updated_by)
					VALUES (?, 'PERIODIC', ?, ?, ?, 'DRAFT', ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					new BatchPreparedStatementSetter() {
						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							Checked c = chunk.get(i);
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

	private void update(List<Checked> rows, String user, SheetProgress progress, int doneBefore, int total) {
		if (rows.isEmpty()) {
			return;
		}
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Checked> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			int[] counts = plain.batchUpdate("""
					UPDATE household_review SET area_type = ?, member_count = ?, monthly_income_per_capita = ?,
					    entered_indicators = ?, deficiencies = ?, category = ?, outcome = ?, standard_id = ?,
					    standard_version = ?, income_line = ?, updated_by = ?, updated_at = now(), version = version + 1
					WHERE id = ? AND version = ? AND state IN ('DRAFT', 'RETURNED')""",
					new BatchPreparedStatementSetter() {
						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							Checked c = chunk.get(i);
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
					Checked c = chunk.get(i);
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

	// ---- helpers ----------------------------------------------------------------------------------------------

	private Campaign campaignFor(long campaignId, long communeId, Scope scope) {
		Campaign campaign = reviews.campaign(campaignId, scope);
		if (!scope.covers(communeId) || !areas.findCommuneIdsUnder(List.of(campaign.areaId())).contains(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope or the campaign");
		}
		return campaign;
	}

	private static void requireMayEdit(Scope scope, long communeId) {
		if (!scope.mayEditHouseholds() || !scope.covers(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " may not be edited by the caller");
		}
	}

	private PovertyStandard standardOf(Campaign campaign) {
		return standards.standards().find(campaign.standardId(), campaign.standardVersion())
			.orElseThrow(() -> new IllegalStateException("standard of campaign " + campaign.id() + " missing"));
	}

	private static CellError error(int row, int column, SheetLayout layout, String key, Object... args) {
		return new CellError(row, SheetLayout.letter(column), layout.headerKey(column), key, args);
	}

	private static List<CellError> sorted(List<CellError> errors) {
		errors.sort(java.util.Comparator.comparingInt(CellError::row)
			.thenComparingInt(e -> e.column().length()).thenComparing(CellError::column));
		return List.copyOf(errors);
	}

	private static int countRows(List<SheetRow> rows) {
		return (int) rows.stream().filter(r -> !r.blank()).count();
	}

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

	/** "X" marks a deficiency; an empty cell does not. Also accepted: có/không, 1/0. Anything else is refused. */
	static Boolean mark(String text) {
		return switch (VietnameseText.fold(text).strip()) {
			case "" , "0", "khong", "-" -> false;
			case "x", "1", "co" -> true;
			default -> null;
		};
	}

	static AreaType areaType(String text) {
		return switch (VietnameseText.fold(text).strip()) {
			case "nong thon", "rural" -> AreaType.RURAL;
			case "thanh thi", "urban" -> AreaType.URBAN;
			default -> null;
		};
	}

	/** A whole number as typed: "2500000", "2.500.000", "2,500,000", "2 500 000" or Excel's "2500000.0". */
	static Long number(String text) {
		String t = text.strip().replace("\u00a0", "").replace(" ", "");
		if (t.matches("\\d+\\.0+")) {
			t = t.substring(0, t.indexOf('.'));
		}
		if (t.matches("\\d{1,3}([.,]\\d{3})+")) {
			t = t.replace(".", "").replace(",", "");
		}
		if (!t.matches("-?\\d{1,15}")) {
			return null;
		}
		return Long.parseLong(t);
	}
}
