package vn.giamngheo.household.persistence.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.importing.PersonRow;
import vn.giamngheo.household.importing.RegisterColumn;
import vn.giamngheo.household.importing.RegisterRowRules;
import vn.giamngheo.household.importing.RowProblem;

/**
 * One reading of an import file: every row checked on its own ({@link RegisterRowRules})
 * and against the rows before it (a household's rows together, its head first, the same
 * commune, village and address on each), and the codes and citizen IDs gathered so that
 * the register is asked about them in a few set-based queries afterwards. Holds only what
 * those checks need, not the rows.
 */
final class ImportCheck {

	/**
	 * Errors listed in the report; beyond this they are only counted (a wrong file can
	 * have a million).
	 */
	static final int MAX_LISTED = 5_000;

	record Village(long id, long communeId) {
	}

	/** What a household's rows must share, from its first row. */
	private record Head(int row, String code, String commune, String village, String address, String phone) {
	}

	private final Map<String, Long> communes;

	private final Map<String, Village> villages;

	private final Scope scope;

	private final LocalDate today;

	private final List<ImportError> errors = new ArrayList<>();

	private int errorCount;

	final Map<String, Integer> codeRows = new HashMap<>();

	final Map<String, Integer> citizenIdRows = new HashMap<>();

	final Set<Long> communeIds = new HashSet<>();

	private Head current;

	int rows;

	int households;

	ImportCheck(Map<String, Long> communes, Map<String, Village> villages, Scope scope, LocalDate today) {
		this.communes = communes;
		this.villages = villages;
		this.scope = scope;
		this.today = today;
	}

	/** Checks one row and returns it read (with nulls where a cell was bad). */
	PersonRow row(int row, String[] cells) {
		rows++;
		List<RowProblem> problems = new ArrayList<>();
		PersonRow p = RegisterRowRules.read(row, cells, today, problems);
		for (RowProblem problem : problems) {
			add(row, problem.column(), problem.key(), problem.args().toArray());
		}
		boolean newHousehold = current == null || !current.code().equals(p.householdCode());
		if (newHousehold && !p.householdCode().isEmpty()) {
			Integer first = codeRows.putIfAbsent(p.householdCode(), row);
			if (first != null) {
				add(row, RegisterColumn.HOUSEHOLD_CODE, "import.error.codeNotTogether", p.householdCode(), first);
			}
		}
		if (newHousehold) {
			households++;
			current = new Head(row, p.householdCode(), p.communeCode(), p.villageCode(), p.address(), p.phone());
			if (p.relationship() != null && p.relationship() != Relationship.HEAD) {
				add(row, RegisterColumn.RELATIONSHIP, "import.error.headFirst", p.householdCode());
			}
			checkPlace(row, p);
		}
		else {
			if (p.relationship() == Relationship.HEAD) {
				add(row, RegisterColumn.RELATIONSHIP, "import.error.secondHead", p.householdCode(), current.row());
			}
			same(row, RegisterColumn.COMMUNE_CODE, current.commune(), p.communeCode());
			same(row, RegisterColumn.VILLAGE_CODE, current.village(), p.villageCode());
			same(row, RegisterColumn.ADDRESS, current.address(), p.address());
			if (p.phone() != null && current.phone() != null) {
				same(row, RegisterColumn.PHONE, current.phone(), p.phone());
			}
		}
		if (p.citizenId() != null) {
			Integer first = citizenIdRows.putIfAbsent(p.citizenId(), row);
			if (first != null) {
				add(row, RegisterColumn.CITIZEN_ID, "import.error.citizenIdRepeated", first);
			}
		}
		return p;
	}

	private void checkPlace(int row, PersonRow p) {
		if (p.communeCode().isEmpty()) {
			return;
		}
		Long commune = communes.get(p.communeCode());
		// The same words whether the commune does not exist or is someone else's: nothing
		// is told about other
		// communes' registers.
		if (commune == null || !scope.mayEditHouseholds() || !scope.covers(commune)) {
			add(row, RegisterColumn.COMMUNE_CODE, "import.error.commune", p.communeCode());
			return;
		}
		communeIds.add(commune);
		Village village = villages.get(p.villageCode());
		if (!p.villageCode().isEmpty() && (village == null || village.communeId() != commune)) {
			add(row, RegisterColumn.VILLAGE_CODE, "import.error.village", p.villageCode(), p.communeCode());
		}
	}

	private void same(int row, RegisterColumn column, String first, String here) {
		if (!Objects.equals(first, here) && !here.isEmpty()) {
			add(row, column, "import.error.householdMismatch", current.code(), current.row());
		}
	}

	/** Codes already in the register: the household's first row is marked. */
	void codesTaken(Set<String> taken) {
		taken.forEach(code -> add(codeRows.get(code), RegisterColumn.HOUSEHOLD_CODE, "import.error.codeTaken", code));
	}

	/**
	 * Citizen IDs already in the register, anywhere in the province: one person, one
	 * record. The message does not say in which household or commune.
	 */
	void citizenIdsTaken(Set<String> taken) {
		taken.forEach(id -> add(citizenIdRows.get(id), RegisterColumn.CITIZEN_ID, "import.error.citizenIdTaken", id));
	}

	void fileError(String key, Object... args) {
		add(0, null, key, args);
	}

	private void add(int row, RegisterColumn column, String key, Object... args) {
		errorCount++;
		if (errors.size() < MAX_LISTED) {
			errors.add(new ImportError(row, column == null ? "" : column.header(), key, List.of(args)));
		}
	}

	int errorCount() {
		return errorCount;
	}

	/** By row, then in the template's column order. */
	List<ImportError> errors() {
		List<String> order = RegisterColumn.headers();
		errors.sort(Comparator.comparingInt(ImportError::row).thenComparingInt(e -> order.indexOf(e.column())));
		return List.copyOf(errors);
	}

}
