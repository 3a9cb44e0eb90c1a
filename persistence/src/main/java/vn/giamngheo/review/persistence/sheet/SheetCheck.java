package vn.giamngheo.review.persistence.sheet;

import static vn.giamngheo.review.persistence.sheet.SheetCells.areaType;
import static vn.giamngheo.review.persistence.sheet.SheetCells.mark;
import static vn.giamngheo.review.persistence.sheet.SheetCells.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.sheet.SheetListNow.ListNow;

/**
 * Checks an uploaded review sheet against what the commune's list holds now: every cell
 * of every row, reporting each bad cell with its row and column, and what each good row
 * will store. Everything a sheet needs is read in a handful of set-based queries
 * ({@link SheetListNow}), so 10,000 rows take seconds; cells are read as typed by
 * {@link SheetCells}. Classification happens here, once per row, with the campaign's
 * standard.
 */
@Component
class SheetCheck {

	record Household(long id, String code, HouseholdCategory category, int memberCount) {
	}

	record Existing(long id, long householdId, ReviewState state, HouseholdCategory previous, long version,
			AreaType areaType, Integer members, long income, Set<String> deficiencies) {
	}

	/** A row that passed every check, with what will be stored. */
	record Checked(int row, Household household, Existing existing, AreaType areaType, Integer members, long income,
			Map<String, Boolean> marks, Classification classification, HouseholdCategory before, Outcome outcome) {
	}

	private final SheetListNow lists;

	SheetCheck(SheetListNow lists) {
		this.lists = lists;
	}

	List<Checked> checkAll(Campaign campaign, PovertyStandard standard, long communeId, List<SheetRow> rows,
			List<CellError> errors, SheetProgress progress) {
		SheetLayout layout = new SheetLayout(standard.indicatorCodes());
		ListNow now = lists.read(campaign, communeId);
		if (now.locked()) {
			errors.add(new CellError(0, "", "", "reviewSheet.error.locked"));
		}
		Map<String, Household> byCode = now.byCode();
		Set<String> unknownCodes = new HashSet<>();
		for (SheetRow row : rows) {
			String code = row.cell(SheetLayout.CODE).toUpperCase(Locale.ROOT);
			if (!code.isEmpty() && !byCode.containsKey(code)) {
				unknownCodes.add(row.cell(SheetLayout.CODE));
			}
		}
		Set<String> elsewhere = lists.elsewhere(unknownCodes);
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
			Checked c = checkRow(row, layout, standard, byCode, elsewhere, now.existing(), now.poorEarlier(),
					now.nearPoorEarlier(), seen, errors);
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
				return null; // a household not reviewed yet: left as it is (bad cells
								// already listed stay listed)
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
			return null; // as stored: nothing to write, whatever step the review has
							// reached
		}
		if (existing != null) {
			if (!existing.state().editable()) {
				errors.add(new CellError(n, "", "", "reviewSheet.error.notEditable." + existing.state().name(), code));
			}
			else {
				// The sheet carries the version it was made from; an empty cell means the
				// household had no review
				// then, so a review created since (version 0 included) is as stale as one
				// edited since.
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
		return new Checked(n, household, existing, areaType, members, income, marks, classification, previous, outcome);
	}

	private static CellError error(int row, int column, SheetLayout layout, String key, Object... args) {
		return new CellError(row, SheetLayout.letter(column), layout.headerKey(column), key, args);
	}

}
