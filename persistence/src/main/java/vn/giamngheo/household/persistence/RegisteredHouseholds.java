package vn.giamngheo.household.persistence;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.RegisteredHousehold;

/**
 * One household of the register as a value ({@link RegisteredHousehold}), for the review
 * entry form: the register offers what the review reads through its API
 * ({@code household::queries}) instead of its entities, and checks the caller's scope as
 * {@link HouseholdService#get} does.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("queries")
public class RegisteredHouseholds {

	private final HouseholdService households;

	public RegisteredHouseholds(HouseholdService households) {
		this.households = households;
	}

	/** The household with its members, when it lies in the caller's communes. */
	public RegisteredHousehold get(long id, Scope scope) {
		Household household = households.get(id, scope);
		return new RegisteredHousehold(household.getId(), household.getCode(), household.getHeadName(),
				household.getCommuneId(), household.getMemberCount(),
				household.getMembers()
					.stream()
					.map(m -> new RegisteredHousehold.Member(m.getFullName(), m.getDateOfBirth(),
							m.getHealthInsuranceCard() != null, m.getSchooling(), m.getEducationLevel(),
							m.getEmployment(), m.getDisability()))
					.toList());
	}

}
