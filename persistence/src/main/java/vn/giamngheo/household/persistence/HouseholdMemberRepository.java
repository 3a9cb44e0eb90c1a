package vn.giamngheo.household.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdMemberRepository extends JpaRepository<HouseholdMember, Long> {

	boolean existsByCitizenIdAndIdNot(String citizenId, Long id);

	boolean existsByCitizenId(String citizenId);

}
