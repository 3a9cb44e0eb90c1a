package vn.giamngheo.account;

import java.util.Set;

/**
 * Where an account may act. Scopes are sets of communes, not a district id, because since
 * 1 July 2025 a province may assign any set of communes to an officer (domain reference,
 * section 4.2(5)).
 *
 * @param role what the account does
 * @param communeIds communes whose households the account may read (and for officials,
 * write)
 * @param provinceId the province whose aggregated figures a provincial viewer reads, or
 * null
 *
 * <p>
 * Serializable because the logged-in user carries it in the HTTP session, which a shared
 * session store (Spring Session JDBC, several app nodes) writes to the database.
 */
public record Scope(Role role, Set<Long> communeIds, Long provinceId) implements java.io.Serializable {

	public Scope {
		communeIds = Set.copyOf(communeIds);
	}

	/** Lists of named people are only for commune officials and district officers. */
	public boolean mayListPeople() {
		return role == Role.COMMUNE_OFFICIAL || role == Role.DISTRICT_OFFICER;
	}

	public boolean covers(long communeId) {
		return mayListPeople() && communeIds.contains(communeId);
	}

	/*
	 * The permission questions (issue 10): each is named for what it allows, so a rule
	 * reads the same wherever it is asked, and two rules that happen to admit the same
	 * roles today can part without a search through the code. ScopeTests holds the whole
	 * table.
	 */

	/**
	 * Entering and changing households and members one at a time: the commune's and the
	 * district's officers.
	 */
	public boolean mayEditHouseholds() {
		return role == Role.COMMUNE_OFFICIAL || role == Role.DISTRICT_OFFICER;
	}

	/**
	 * Importing a register file: a whole commune's households written at once, checked
	 * against every commune's register for duplicates; by the officers who keep the
	 * register, each within their own communes.
	 */
	public boolean mayImportRegister() {
		return role == Role.COMMUNE_OFFICIAL || role == Role.DISTRICT_OFFICER;
	}

	/**
	 * Recording support given and loans (one, or a list at once) for households of one's
	 * communes.
	 */
	public boolean mayRecordSupport() {
		return role == Role.COMMUNE_OFFICIAL || role == Role.DISTRICT_OFFICER;
	}

	/**
	 * Making plans and entering their figures: the district's (or after 2025 the
	 * province's department's) officer; a commune official only where the commune's
	 * province lets communes own their plan (issue 14, V66), which the caller looks up
	 * and passes in.
	 */
	public boolean mayManagePlans(boolean communeOwnsPlan) {
		return role == Role.DISTRICT_OFFICER
				|| role == Role.COMMUNE_OFFICIAL && communeOwnsPlan && !communeIds.isEmpty();
	}

	/**
	 * Reading a plan for its whole area; a commune official reads their own commune's
	 * part only.
	 */
	public boolean mayReadWholePlanArea() {
		return role == Role.DISTRICT_OFFICER || role == Role.PROVINCIAL_VIEWER;
	}

	/**
	 * Opening an annual review campaign and letting its communes enter late: the
	 * district's officer, who organises the review (Decision 24/2021/QĐ-TTg, Art. 3;
	 * after 2025 the province's department).
	 */
	public boolean mayOpenReviews() {
		return role == Role.DISTRICT_OFFICER;
	}

	/**
	 * Changing the support catalogue (programmes, policies, funding): the district's
	 * officer.
	 */
	public boolean mayManageSupportCatalogue() {
		return role == Role.DISTRICT_OFFICER;
	}

	/**
	 * Deciding whether two households found alike are the same: the district's officer,
	 * who sees both communes.
	 */
	public boolean mayResolveDuplicates() {
		return role == Role.DISTRICT_OFFICER;
	}

	/** Recomputing the stored report sums of one's communes: the district's officer. */
	public boolean mayRefreshReports() {
		return role == Role.DISTRICT_OFFICER;
	}

	/**
	 * Reading a whole province's aggregated figures (never named people): the provincial
	 * viewer.
	 */
	public boolean readsProvinceFigures() {
		return role == Role.PROVINCIAL_VIEWER;
	}
}
