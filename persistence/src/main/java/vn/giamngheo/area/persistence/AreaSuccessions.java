package vn.giamngheo.area.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * Records that administrative units were succeeded by another on a date (a merger, a
 * split, a rename: Resolution 202/2025/QH15 and the Standing Committee's resolutions on
 * the 2025 arrangement of commune-level units): the old units end the day before, the
 * crosswalk ({@code area_succession}) keeps which became which, and a unit wholly taken
 * over by one successor hands it its villages and households, each with a line in its
 * history. Official records of past periods keep the old units; reports re-aggregate them
 * through the crosswalk.
 */
@Service
@Transactional
@NamedInterface("reform")
public class AreaSuccessions {

	private final NamedParameterJdbcTemplate jdbc;

	public AreaSuccessions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ends an area on {@code lastDay} (no successor: e.g. dissolved), refusing a day
	 * before it began.
	 */
	// an ended unit or a moved village must not be read from the cache of AreaQueries.get
	@org.springframework.cache.annotation.CacheEvict(
			cacheNames = { vn.giamngheo.shared.persistence.CacheConfiguration.AREAS,
					vn.giamngheo.shared.persistence.CacheConfiguration.AREA_OPTIONS },
			allEntries = true)
	public void endDate(long areaId, LocalDate lastDay) {
		Map<String, Object> area = area(areaId, "areaId");
		if (lastDay == null || lastDay.isBefore(((java.sql.Date) area.get("valid_from")).toLocalDate())) {
			throw new FieldProblem("lastDay", "area.succession.error.lastDay");
		}
		jdbc.update("UPDATE area SET valid_to = :d, version = version + 1 WHERE id = :id",
				new MapSqlParameterSource("d", lastDay).addValue("id", areaId));
	}

	/**
	 * {@code predecessors} are succeeded by {@code successor} from {@code effectiveOn};
	 * returns how many households moved to the successor.
	 */
	@org.springframework.cache.annotation.CacheEvict(
			cacheNames = { vn.giamngheo.shared.persistence.CacheConfiguration.AREAS,
					vn.giamngheo.shared.persistence.CacheConfiguration.AREA_OPTIONS },
			allEntries = true)
	public int succeed(List<Long> predecessors, long successor, LocalDate effectiveOn, String legalBasis, String user) {
		Map<String, Object> next = area(successor, "successor");
		if (predecessors.isEmpty()) {
			throw new FieldProblem("predecessors", "area.succession.error.none");
		}
		if (effectiveOn == null) {
			throw new FieldProblem("effectiveOn", "area.succession.error.date");
		}
		int moved = 0;
		for (long id : predecessors) {
			Map<String, Object> old = area(id, "predecessors");
			if (id == successor || !old.get("level").equals(next.get("level"))) {
				throw new FieldProblem("predecessors", "area.succession.error.level");
			}
			if (!effectiveOn.isAfter(((java.sql.Date) old.get("valid_from")).toLocalDate())) {
				throw new FieldProblem("effectiveOn", "area.succession.error.date");
			}
			MapSqlParameterSource p = new MapSqlParameterSource("old", id).addValue("new", successor)
				.addValue("on", effectiveOn)
				.addValue("basis", legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip())
				.addValue("user", user)
				.addValue("oldName", old.get("name"))
				.addValue("newName", next.get("name"));
			jdbc.update("""
					INSERT INTO area_succession (predecessor_id, successor_id, effective_on, legal_basis)
					VALUES (:old, :new, :on, :basis) ON CONFLICT DO NOTHING""", p);
			jdbc.update("""
					UPDATE area SET valid_to = CAST(:on AS date) - 1, version = version + 1
					WHERE id = :old AND (valid_to IS NULL OR valid_to >= :on)""", p);
			boolean whole = jdbc.queryForObject("SELECT count(*) FROM area_succession WHERE predecessor_id = :old", p,
					Long.class) == 1;
			if (whole && "COMMUNE".equals(old.get("level"))) {
				jdbc.update("UPDATE area SET parent_id = :new, version = version + 1 WHERE parent_id = :old", p);
				jdbc.update("""
						INSERT INTO household_change (household_id, changed_by, action, details)
						SELECT id, :user, 'COMMUNE_SUCCEEDED', :oldName || ' → ' || :newName || ' (' ||
						       to_char(CAST(:on AS date), 'DD/MM/YYYY') || coalesce(', ' || :basis, '') || ')'
						FROM household WHERE commune_id = :old""", p);
				moved += jdbc.update("""
						UPDATE household SET commune_id = :new, version = version + 1, updated_at = now(),
						    updated_by = :user WHERE commune_id = :old""", p);
			}
		}
		return moved;
	}

	private Map<String, Object> area(long id, String field) {
		return jdbc
			.queryForList("SELECT id, name, level, valid_from, valid_to FROM area WHERE id = :id", Map.of("id", id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new FieldProblem(field, "area.succession.error.unknown"));
	}

}
