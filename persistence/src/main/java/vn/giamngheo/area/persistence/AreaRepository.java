package vn.giamngheo.area.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.giamngheo.area.AreaLevel;

public interface AreaRepository extends JpaRepository<Area, Long> {

	Optional<Area> findByCode(String code);

	List<Area> findByParentIdOrderByName(Long parentId);

	List<Area> findByLevelOrderByName(AreaLevel level);

	List<Area> findByIdInOrderByName(Collection<Long> ids);

	@Query("select s from AreaSuccession s where s.predecessorId = ?1 or s.successorId = ?1")
	List<AreaSuccession> findSuccessionsOf(Long areaId);

}
