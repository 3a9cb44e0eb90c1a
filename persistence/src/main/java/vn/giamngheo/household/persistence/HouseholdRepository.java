package vn.giamngheo.household.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

	boolean existsByCode(String code);

	@Query("select h from Household h left join fetch h.members where h.id = ?1")
	Optional<Household> findWithMembers(Long id);

	@Query("select max(h.code) from Household h where h.code like ?1")
	Optional<String> findMaxCodeLike(String prefix);

}
