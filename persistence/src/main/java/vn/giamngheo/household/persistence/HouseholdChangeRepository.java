package vn.giamngheo.household.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdChangeRepository extends JpaRepository<HouseholdChange, Long> {

	List<HouseholdChange> findByHouseholdIdOrderByChangedAtDescIdDesc(Long householdId);

}
