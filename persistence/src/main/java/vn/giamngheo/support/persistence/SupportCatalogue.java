package vn.giamngheo.support.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.CoverageRole;
import vn.giamngheo.support.DuplicatePeriod;
import vn.giamngheo.support.Eligibility;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.HouseholdFlag;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.SupportUnit;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The catalogue of programs and policies. Everyone who records support reads it; only
 * district officers change it, since one catalogue serves all communes of the district.
 */
@Service
@Transactional
public class SupportCatalogue {

	private static final String COLUMNS = """
			SELECT id, code, name, kind, parent_id, legal_basis, unit, beneficiary, eligible_categories, eligible_flags,
			       escaped_within_years, duplicate_period, funding_sources, coverage_role, default_amount, active,
			       updated_by, version
			FROM support_program""";

	static final RowMapper<SupportProgram> ROW = SupportCatalogue::map;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	public SupportCatalogue(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SupportProgram> all() {
		return jdbc.query(COLUMNS + " ORDER BY kind, code", ROW);
	}

	@Transactional(readOnly = true)
	public List<SupportProgram> active() {
		return jdbc.query(COLUMNS + " WHERE active ORDER BY kind, code", ROW);
	}

	@Transactional(readOnly = true)
	public SupportProgram get(long id) {
		return jdbc.query(COLUMNS + " WHERE id = :id", new MapSqlParameterSource("id", id), ROW)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("support program", id));
	}

	@Transactional(readOnly = true)
	public SupportProgram byCode(String code) {
		return jdbc.query(COLUMNS + " WHERE code = :code", new MapSqlParameterSource("code", code), ROW)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("support program", code));
	}

	public long create(ProgramCommand command, Scope scope, String user) {
		requireDistrictOfficer(scope);
		String code = check(command, null);
		MapSqlParameterSource params = params(command, code, user).addValue("owner",
				scope.communeIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		return jdbc.queryForObject("""
				INSERT INTO support_program (code, name, kind, parent_id, legal_basis, unit, beneficiary,
				    eligible_categories, eligible_flags, escaped_within_years, duplicate_period, funding_sources,
				    coverage_role, default_amount, active, updated_by, updated_at, owner_communes)
				VALUES (:code, :name, :kind, :parent, :legal, :unit, :beneficiary, :categories::text[], :flags::text[],
				    :escaped, :period, :sources::text[], :coverage, :amount, :active, :user, :now, :owner::bigint[])
				RETURNING id""", params, Long.class);
	}

	/**
	 * Saves an edit made on a form opened at {@code expectedVersion}; a newer save by
	 * someone else wins.
	 */
	public void update(long id, long expectedVersion, ProgramCommand command, Scope scope, String user) {
		requireDistrictOfficer(scope);
		SupportProgram current = get(id);
		requireOwner(id, scope);
		if (current.version() != expectedVersion) {
			throw new ConcurrentEditException(current.updatedBy());
		}
		String code = check(command, id);
		MapSqlParameterSource params = params(command, code, user).addValue("id", id)
			.addValue("version", expectedVersion);
		int updated = jdbc.update("""
				UPDATE support_program SET code = :code, name = :name, kind = :kind, parent_id = :parent,
				    legal_basis = :legal, unit = :unit, beneficiary = :beneficiary,
				    eligible_categories = :categories::text[], eligible_flags = :flags::text[],
				    escaped_within_years = :escaped, duplicate_period = :period, funding_sources = :sources::text[],
				    coverage_role = :coverage, default_amount = :amount, active = :active, updated_by = :user,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""", params);
		if (updated == 0) {
			throw new ConcurrentEditException(get(id).updatedBy());
		}
	}

	private String check(ProgramCommand c, Long id) {
		String code = c.code().strip().toUpperCase(Locale.ROOT);
		Boolean taken = jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM support_program WHERE code = :code AND id <> :id)",
				new MapSqlParameterSource("code", code).addValue("id", id == null ? -1 : id), Boolean.class);
		if (Boolean.TRUE.equals(taken)) {
			throw new FieldProblem("code", "support.program.code.taken");
		}
		if (c.fundingSources().isEmpty()) {
			throw new FieldProblem("fundingSources", "support.program.fundingSources.required");
		}
		if (c.parentId() != null) {
			if (c.parentId().equals(id)) {
				throw new FieldProblem("parentId", "support.program.parent.self");
			}
			get(c.parentId());
		}
		if (c.kind() == ProgramKind.NTP_SUB_PROJECT && c.parentId() == null) {
			throw new FieldProblem("parentId", "support.program.parent.required");
		}
		return code;
	}

	private MapSqlParameterSource params(ProgramCommand c, String code, String user) {
		return new MapSqlParameterSource().addValue("code", code)
			.addValue("name", c.name().strip())
			.addValue("kind", c.kind().name())
			.addValue("parent", c.parentId())
			.addValue("legal", c.legalBasis() == null || c.legalBasis().isBlank() ? null : c.legalBasis().strip())
			.addValue("unit", c.unit().name())
			.addValue("beneficiary", c.beneficiary().name())
			.addValue("categories", arrayLiteral(c.categories()))
			.addValue("flags", arrayLiteral(c.flags()))
			.addValue("escaped", c.escapedWithinYears())
			.addValue("period", c.duplicatePeriod().name())
			.addValue("sources", arrayLiteral(c.fundingSources()))
			.addValue("coverage", c.coverageRole() == null ? null : c.coverageRole().name())
			.addValue("amount", c.defaultAmount())
			.addValue("active", c.active())
			.addValue("user", user)
			.addValue("now", java.sql.Timestamp.from(clock.instant()));
	}

	/**
	 * A PostgreSQL array literal of enum names in declaration order, e.g.
	 * {@code {POOR,NEAR_POOR}}.
	 */
	static String arrayLiteral(Set<? extends Enum<?>> values) {
		return values.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * A program belongs to the communes of the officer who added it; only an officer
	 * covering all of them changes it, so one district cannot rename or switch off
	 * another's (issue 11, finding 4). Entries of the national catalogue (no owner)
	 * follow national law and change only with a new version of the application.
	 */
	private void requireOwner(long id, Scope scope) {
		List<Long> owner = jdbc.query("SELECT unnest(owner_communes) FROM support_program WHERE id = :id",
				new MapSqlParameterSource("id", id), (rs, i) -> rs.getLong(1));
		Boolean national = jdbc.queryForObject("SELECT owner_communes IS NULL FROM support_program WHERE id = :id",
				new MapSqlParameterSource("id", id), Boolean.class);
		if (Boolean.TRUE.equals(national) || owner.isEmpty() || !scope.communeIds().containsAll(owner)) {
			throw new OutOfScopeException(
					"support program " + id + " belongs to other communes or to the national " + "catalogue");
		}
	}

	/**
	 * Whether the caller may change this program (for showing or hiding the edit button).
	 */
	@Transactional(readOnly = true)
	public boolean mayChange(long id, Scope scope) {
		try {
			requireDistrictOfficer(scope);
			requireOwner(id, scope);
			return true;
		}
		catch (OutOfScopeException ex) {
			return false;
		}
	}

	static void requireDistrictOfficer(Scope scope) {
		if (!scope.mayManageSupportCatalogue()) {
			throw new OutOfScopeException("role " + scope.role() + " may not change the support catalogue");
		}
	}

	private static SupportProgram map(ResultSet rs, int i) throws SQLException {
		Set<HouseholdCategory> categories = enums(rs.getArray("eligible_categories"), HouseholdCategory.class,
				HouseholdCategory::valueOf);
		Set<HouseholdFlag> flags = enums(rs.getArray("eligible_flags"), HouseholdFlag.class, HouseholdFlag::valueOf);
		String coverage = rs.getString("coverage_role");
		Long amount = (Long) rs.getObject("default_amount");
		return new SupportProgram(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				ProgramKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_id"),
				rs.getString("legal_basis"), SupportUnit.valueOf(rs.getString("unit")),
				Beneficiary.valueOf(rs.getString("beneficiary")),
				new Eligibility(categories, flags, rs.getInt("escaped_within_years")),
				DuplicatePeriod.valueOf(rs.getString("duplicate_period")),
				enums(rs.getArray("funding_sources"), FundingSource.class, FundingSource::valueOf),
				coverage == null ? null : CoverageRole.valueOf(coverage), amount, rs.getBoolean("active"),
				rs.getString("updated_by"), rs.getLong("version"));
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type, Function<String, E> parse)
			throws SQLException {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (array != null) {
			Arrays.stream((Object[]) array.getArray()).map(o -> parse.apply(o.toString())).forEach(set::add);
		}
		return set;
	}

}
