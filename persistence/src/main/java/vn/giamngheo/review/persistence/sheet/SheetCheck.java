package vn.giamngheo.review.persistence.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.shared.VietnameseText;

/**
 * Checks an uploaded review sheet against what the commune's list holds now: every cell of every row, reporting
 * each bad cell with its row and column, and what each good row will store. Everything a sheet needs is read in a
 * handful of set-based queries (one array parameter for any number of codes), so 10,000 rows take seconds.
 * Classification happens here, once per row, with the campaign's standard.
 */
@Component
class SheetCheck {

	record Household(long id, String code, HouseholdCategory category, int memberCount) {
	}

	record Existing(long id, long householdId, ReviewState state, HouseholdCategory previous, long version,
			AreaType areaType, Integer members, long income, Set<String> deficiencies) {
	}

	/** A row that passed every check, with what will be stored. */
	record Checked(int row, Household household, Existing existing, AreaType areaType, Integer members,
			long income, Map<String, Boolean> marks, Classification classification, HouseholdCategory before,
			Outcome outcome) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	SheetCheck(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Checked> checkAll(Campaign campaign, PovertyStandard standard, long communeId, List<SheetRow> rows, List<CellError> errors,
			SheetProgress progress) {
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

	private static CellError error(int row, int column, SheetLayout layout, String key, Object... args) {
		return new CellError(row, SheetLayout.letter(column), layout.headerKey(column), key, args);
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
