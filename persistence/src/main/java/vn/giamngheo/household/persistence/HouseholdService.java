package vn.giamngheo.household.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.household.CitizenId;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.persistence.duplicates.DuplicateFinder;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Registers and edits households and their members. Every method takes the caller's
 * {@link Scope} and refuses what lies outside it, so the rule holds whichever page or API
 * calls it.
 */
@Service
@Transactional
public class HouseholdService {

	private final HouseholdRepository households;

	private final HouseholdMemberRepository members;

	private final HouseholdChangeRepository changes;

	private final AreaQueries areas;

	private final Clock clock;

	private RegisterUniqueness uniqueness;

	@org.springframework.beans.factory.annotation.Autowired
	void setUniqueness(RegisterUniqueness uniqueness) {
		this.uniqueness = uniqueness;
	}

	private final DuplicateFinder duplicates;

	public HouseholdService(HouseholdRepository households, HouseholdMemberRepository members,
			HouseholdChangeRepository changes, AreaQueries areas, Clock clock, DuplicateFinder duplicates) {
		this.households = households;
		this.members = members;
		this.changes = changes;
		this.areas = areas;
		this.clock = clock;
		this.duplicates = duplicates;
	}

	@Transactional(readOnly = true)
	public Household get(long id, Scope scope) {
		Household household = households.findWithMembers(id).orElseThrow(() -> new NotFoundException("household", id));
		requireCovers(scope, household.getCommuneId());
		return household;
	}

	/**
	 * The history of a household the caller has already been given by {@link #get}, so
	 * scope is checked.
	 */
	@Transactional(readOnly = true)
	public List<HouseholdChange> history(Household household) {
		return changes.findByHouseholdIdOrderByChangedAtDescIdDesc(household.getId());
	}

	/**
	 * Registers a household in a village of the caller's communes; a blank code gets the
	 * commune's next number.
	 */
	public long register(HouseholdCommand command, Scope scope, String user) {
		requireHouseholdEditor(scope);
		AreaView village = villageInScope(command.villageId(), scope);
		String code = command.code() == null || command.code().isBlank() ? nextCode(village.parentId())
				: command.code().strip().toUpperCase(java.util.Locale.ROOT);
		if (households.existsByCode(code)) {
			throw new FieldProblem("code", uniqueness.codeRefusal(code, scope));
		}
		Household household = new Household(code, village.parentId(), user, clock.instant());
		household.apply(command, village.parentId());
		households.saveAndFlush(household);
		record(household, user, "CREATED", Map.of());
		return household.getId();
	}

	/**
	 * Saves an edit made on a form opened at {@code expectedVersion}. If someone saved in
	 * between, the edit is refused rather than silently overwriting theirs.
	 */
	public void update(long id, long expectedVersion, HouseholdCommand command, Scope scope, String user) {
		requireHouseholdEditor(scope);
		Household household = get(id, scope);
		checkVersion(household, expectedVersion);
		AreaView village = villageInScope(command.villageId(), scope);
		Map<String, String[]> changed = household.apply(command, village.parentId());
		if (!changed.isEmpty()) {
			household.touch(user, clock.instant());
			households.saveAndFlush(household);
			record(household, user, "UPDATED", changed);
		}
	}

	public long addMember(long householdId, long expectedVersion, MemberCommand command, Scope scope, String user) {
		requireHouseholdEditor(scope);
		Household household = get(householdId, scope);
		checkVersion(household, expectedVersion);
		checkMember(command, null, household, scope);
		HouseholdMember member = new HouseholdMember(household);
		member.apply(command);
		household.members().add(member);
		household.refreshDerived();
		household.touch(user, clock.instant());
		// Persist the member itself: merging the household would cascade a copy and leave
		// this one without an id.
		members.saveAndFlush(member);
		record(household, user, "MEMBER_ADDED", Map.of("member", new String[] { "", member.getFullName() }));
		duplicates.findForMember(member.getId()); // the same person elsewhere goes to the
													// duplicate queue
		return member.getId();
	}

	public void updateMember(long householdId, long memberId, long expectedVersion, MemberCommand command, Scope scope,
			String user) {
		requireHouseholdEditor(scope);
		Household household = get(householdId, scope);
		HouseholdMember member = memberOf(household, memberId);
		if (member.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(household.getUpdatedBy());
		}
		checkMember(command, member.getId(), household, scope);
		String before = member.getFullName();
		Map<String, String> was = snapshot(member);
		member.apply(command);
		household.refreshDerived();
		household.touch(user, clock.instant());
		households.saveAndFlush(household);
		// Which member, then each field that changed (issue 11, finding 8: a change of
		// disability, ethnicity,
		// insurance card or citizen ID was recorded as "member | name | name").
		Map<String, String[]> changed = new java.util.LinkedHashMap<>();
		changed.put("member", new String[] { before, member.getFullName() });
		snapshot(member).forEach((field, now) -> {
			if (!java.util.Objects.equals(was.get(field), now)) {
				changed.put("member." + field, new String[] { was.get(field), now });
			}
		});
		record(household, user, "MEMBER_UPDATED", changed);
		duplicates.findForMember(member.getId());
	}

	public void removeMember(long householdId, long memberId, Scope scope, String user) {
		requireHouseholdEditor(scope);
		Household household = get(householdId, scope);
		HouseholdMember member = memberOf(household, memberId);
		household.members().remove(member);
		household.refreshDerived();
		household.touch(user, clock.instant());
		households.saveAndFlush(household);
		record(household, user, "MEMBER_REMOVED", Map.of("member", new String[] { member.getFullName(), "" }));
	}

	@Transactional(readOnly = true)
	public HouseholdMember member(long householdId, long memberId, Scope scope) {
		return memberOf(get(householdId, scope), memberId);
	}

	private HouseholdMember memberOf(Household household, long memberId) {
		return household.members()
			.stream()
			.filter(m -> m.getId() == memberId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("member", memberId));
	}

	private void checkMember(MemberCommand c, Long memberId, Household household, Scope scope) {
		if (c.dateOfBirth().isAfter(java.time.LocalDate.now(clock))) {
			throw new FieldProblem("dateOfBirth", "member.dateOfBirth.future");
		}
		if (c.citizenId() != null && !c.citizenId().isBlank()) {
			CitizenId.check(c.citizenId().strip(), c.sex(), c.dateOfBirth()).ifPresent(problem -> {
				throw new FieldProblem("citizenId", "member.citizenId." + problem.name());
			});
			boolean taken = memberId == null ? members.existsByCitizenId(c.citizenId().strip())
					: members.existsByCitizenIdAndIdNot(c.citizenId().strip(), memberId);
			if (taken) {
				throw new FieldProblem("citizenId",
						uniqueness.citizenIdRefusal(c.citizenId().strip(), memberId, scope));
			}
		}
		if (c.relationship() == Relationship.HEAD && household.members()
			.stream()
			.anyMatch(m -> m.getRelationship() == Relationship.HEAD && !m.getId().equals(memberId))) {
			throw new FieldProblem("relationship", "member.relationship.secondHead");
		}
	}

	private void checkVersion(Household household, long expectedVersion) {
		if (household.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(household.getUpdatedBy());
		}
	}

	private AreaView villageInScope(Long villageId, Scope scope) {
		AreaView village = villageId == null ? null : areas.find(villageId).orElse(null);
		if (village == null || village.level() != AreaLevel.VILLAGE) {
			throw new FieldProblem("villageId", "household.village.required");
		}
		requireCovers(scope, village.parentId());
		return village;
	}

	private String nextCode(Long communeId) {
		String communeCode = areas.get(communeId).code();
		String last = households.findMaxCodeLike(communeCode + "-%").orElse(communeCode + "-00000");
		int next = Integer.parseInt(last.substring(last.lastIndexOf('-') + 1).replaceAll("\\D", "0")) + 1;
		return communeCode + "-" + String.format("%05d", next);
	}

	private void record(Household household, String user, String action, Map<String, String[]> changed) {
		String details = changed.entrySet()
			.stream()
			.map(e -> e.getKey() + "\t" + nz(e.getValue()[0]) + "\t" + nz(e.getValue()[1]))
			.collect(Collectors.joining("\n"));
		changes.save(new HouseholdChange(household.getId(), clock.instant(), user, action, details));
	}

	private static Map<String, String> snapshot(HouseholdMember m) {
		Map<String, String> v = new java.util.LinkedHashMap<>();
		v.put("dateOfBirth", String.valueOf(m.getDateOfBirth()));
		v.put("sex", String.valueOf(m.getSex()));
		v.put("ethnicity", String.valueOf(m.getEthnicity()));
		v.put("citizenId", m.getCitizenId());
		v.put("relationship", String.valueOf(m.getRelationship()));
		v.put("healthInsuranceCard", m.getHealthInsuranceCard());
		v.put("disability", String.valueOf(m.getDisability()));
		v.put("schooling", String.valueOf(m.getSchooling()));
		v.put("educationLevel", String.valueOf(m.getEducationLevel()));
		v.put("employment", String.valueOf(m.getEmployment()));
		return v;
	}

	private static String nz(String s) {
		return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
	}

	private static void requireHouseholdEditor(Scope scope) {
		if (!scope.mayEditHouseholds()) {
			throw new OutOfScopeException("role " + scope.role() + " may not edit households");
		}
	}

	private static void requireCovers(Scope scope, long communeId) {
		if (!scope.covers(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope");
		}
	}

}
