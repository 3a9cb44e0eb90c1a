package vn.giamngheo.area.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaSuccessionRepository extends JpaRepository<AreaSuccession, AreaSuccession.Key> {

}
