package vn.giamngheo.household.persistence.duplicates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The queue of suspected duplicate households. A caller sees a pair only when both
 * households lie in their communes, so the queue tells nothing about another unit's
 * register; a pair across two officers' areas is for an officer who covers both. District
 * officers resolve pairs (commune officials see their own).
 */
@Service
@Transactional(readOnly = true)
public class DuplicateQueue {

	public enum Status {

		OPEN, CONFIRMED, DISMISSED

	}

	public record Side(Long householdId, String code, String commune, String village, String headName, String address,
			Integer memberCount, String personName, LocalDate personBorn) {
	}

	public record Pair(long id, Status status, double score, List<String> reasons, int matchedMembers, String foundBy,
			OffsetDateTime foundAt, Side a, Side b, String resolution, String resolvedBy, Long mergeId, long version,
			long communeA, long communeB) {
	}

	public record Person(long id, String fullName, LocalDate dateOfBirth, String sex, String relationship,
			String citizenId) {
	}

	private static final String SELECT = """
			SELECT d.*, ha.head_name AS head_a, ha.address AS address_a, ha.member_count AS count_a,
			       hb.head_name AS head_b, hb.address AS address_b, hb.member_count AS count_b,
			       ca.name AS commune_name_a, cb.name AS commune_name_b, va.name AS village_a, vb.name AS village_b,
			       ma.full_name AS person_a, ma.date_of_birth AS born_a, mb.full_name AS person_b, mb.date_of_birth AS born_b
			FROM duplicate_candidate d
			LEFT JOIN household ha ON ha.id = d.household_a LEFT JOIN household hb ON hb.id = d.household_b
			JOIN area ca ON ca.id = d.commune_a JOIN area cb ON cb.id = d.commune_b
			LEFT JOIN area va ON va.id = ha.village_id LEFT JOIN area vb ON vb.id = hb.village_id
			LEFT JOIN household_member ma ON ma.id = d.member_a LEFT JOIN household_member mb ON mb.id = d.member_b
			""";

	private final NamedParameterJdbcTemplate jdbc;

	public DuplicateQueue(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Pair> list(Status status, Scope scope) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		return jdbc.query(SELECT + """
				WHERE d.status = :status AND d.commune_a IN (:scope) AND d.commune_b IN (:scope)
				ORDER BY d.score DESC, d.id LIMIT 500""",
				new MapSqlParameterSource("status", status.name()).addValue("scope", scope.communeIds()),
				(rs, i) -> pair(rs));
	}

	public Pair get(long id, Scope scope) {
		Pair pair = jdbc.query(SELECT + " WHERE d.id = :id", new MapSqlParameterSource("id", id), (rs, i) -> pair(rs))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("duplicate", id));
		requireCovers(scope, pair);
		return pair;
	}

	/** The people of one side, for the side-by-side comparison. */
	public List<Person> members(Long householdId) {
		if (householdId == null) {
			return List.of();
		}
		return jdbc.query("""
				SELECT id, full_name, date_of_birth, sex, relationship, citizen_id FROM household_member
				WHERE household_id = :h ORDER BY relationship = 'HEAD' DESC, date_of_birth, id""",
				new MapSqlParameterSource("h", householdId),
				(rs, i) -> new Person(rs.getLong("id"), rs.getString("full_name"),
						rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"),
						rs.getString("relationship"), rs.getString("citizen_id")));
	}

	/**
	 * Not the same household: kept as dismissed with the officer's reason, and not raised
	 * again.
	 */
	@Transactional
	public void dismiss(long id, long expectedVersion, String reason, Scope scope, String user) {
		Pair pair = get(id, scope);
		requireResolver(scope);
		if (reason == null || reason.isBlank()) {
			throw new FieldProblem("reason", "duplicate.reason.required");
		}
		int updated = jdbc.update("""
				UPDATE duplicate_candidate SET status = 'DISMISSED', resolution = :reason, resolved_by = :user,
				    resolved_at = now(), version = version + 1
				WHERE id = :id AND status = 'OPEN' AND version = :version""",
				new MapSqlParameterSource("reason", reason.strip()).addValue("user", user)
					.addValue("id", pair.id())
					.addValue("version", expectedVersion));
		if (updated == 0) {
			throw new ConcurrentEditException(pair.resolvedBy() == null ? "" : pair.resolvedBy());
		}
	}

	static void requireResolver(Scope scope) {
		if (!scope.mayResolveDuplicates()) {
			throw new OutOfScopeException("only district officers resolve duplicate households");
		}
	}

	static void requireCovers(Scope scope, Pair pair) {
		if (!scope.mayListPeople() || !scope.communeIds().contains(pair.communeA())
				|| !scope.communeIds().contains(pair.communeB())) {
			throw new OutOfScopeException("duplicate " + pair.id() + " is outside the caller's communes");
		}
	}

	private static Pair pair(ResultSet rs) throws SQLException {
		Side a = new Side((Long) rs.getObject("household_a"), rs.getString("code_a"), rs.getString("commune_name_a"),
				rs.getString("village_a"), rs.getString("head_a"), rs.getString("address_a"),
				(Integer) rs.getObject("count_a"), rs.getString("person_a"), rs.getObject("born_a", LocalDate.class));
		Side b = new Side((Long) rs.getObject("household_b"), rs.getString("code_b"), rs.getString("commune_name_b"),
				rs.getString("village_b"), rs.getString("head_b"), rs.getString("address_b"),
				(Integer) rs.getObject("count_b"), rs.getString("person_b"), rs.getObject("born_b", LocalDate.class));
		return new Pair(rs.getLong("id"), Status.valueOf(rs.getString("status")), rs.getDouble("score"),
				Arrays.asList((String[]) rs.getArray("reasons").getArray()), rs.getInt("matched_members"),
				rs.getString("found_by"), rs.getObject("found_at", OffsetDateTime.class), a, b,
				rs.getString("resolution"), rs.getString("resolved_by"), (Long) rs.getObject("merge_id"),
				rs.getLong("version"), rs.getLong("commune_a"), rs.getLong("commune_b"));
	}

	public static Status status(String text) {
		try {
			return Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

}
