package vn.giamngheo.account;

import java.util.Set;

/**
 * Where an account may act. Scopes are sets of communes, not a district id, because since 1 July 2025 a province may
 * assign any set of communes to an officer (domain reference, section 4.2(5)).
 *
 * @param role what the account does
 * @param communeIds communes whose households the account may read (and for officials, write)
 * @param provinceId the province whose aggregated figures a provincial viewer reads, or null
 *
 * <p>Serializable because the logged-in user carries it in the HTTP session, which a shared session store
 * (Spring Session JDBC, several app nodes) writes to the database.
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

	public boolean mayEditHouseholds() {
		return role == Role.COMMUNE_OFFICIAL || role == Role.DISTRICT_OFFICER;
	}
}
