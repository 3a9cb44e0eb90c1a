package vn.giamngheo.household;

import java.time.LocalDate;
import java.util.List;

/**
 * A household as the register records it, for the features that read it without owning it
 * (the review entry form is pre-filled from it): a value, so that no other feature holds
 * the register's JPA entities (issue 10). {@link RegisterFacts} maps its members' values
 * onto the poverty rules' facts.
 */
public record RegisteredHousehold(long id, String code, String headName, long communeId, int memberCount,
		List<Member> members) {

	public RegisteredHousehold {
		members = List.copyOf(members);
	}

	/** One member, with what the review's facts are made from. */
	public record Member(String fullName, LocalDate dateOfBirth, boolean healthInsured, Schooling schooling,
			EducationLevel educationLevel, Employment employment, Disability disability) {
	}
}
