package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.Duplicates;
import vn.giamngheo.support.Grant;
import vn.giamngheo.support.HouseholdFlag;
import vn.giamngheo.support.HouseholdProfile;
import vn.giamngheo.support.Ineligibility;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Records support given to households and people, one at a time or as a bulk list. Every method takes the caller's
 * {@link Scope}; a household outside it is refused. At entry the household's eligibility is checked (a warning the
 * officer may accept) and a duplicate of the same benefit in the same period is refused unless overridden with a
 * reason, which is stored with the record.
 * <p>
 * "Newly escaped" households are found in the poverty-assessment history ({@code poverty_assessment}, V2) and in
 * approved review outcomes ({@code household_review} with outcome {@code ESCAPED}, V4): the escape date is the latest
 * date the household was assessed above the near-poor line after having been poor or near-poor, or the decision date
 * (else 31 December of the year) of an approved or consolidated ESCAPED review.
 */
@Service
@Transactional
public class SupportService {

	public static final int MAX_BULK = 5_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final SupportCatalogue catalogue;

	private final Clock clock;

	public SupportService(NamedParameterJdbcTemplate jdbc, SupportCatalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** What the entry form shows before saving: the eligibility warning, if any, and the grants it would duplicate. */
	public record EntryCheck(Optional<Ineligibility> warning, List<DisbursementRow> duplicates) {
	}

	@Transactional(readOnly = true)
	public EntryCheck check(DisbursementCommand c, Scope scope) {
		SupportProgram program = catalogue.get(c.programId());
		Household h = household(c.householdId(), scope);
		return new EntryCheck(program.eligibility().check(h.profile(), c.disbursedOn()),
				duplicatesOf(program, c.householdId(), c.memberId(), c.disbursedOn()));
	}

	/**
	 * Records one disbursement.
	 *
	 * @throws EligibilityWarning the household does not qualify and the officer has not accepted the warning
	 * @throws DuplicateBenefit the same benefit is recorded in the period and no override reason was given
	 */
	public long record(DisbursementCommand c, Scope scope, String user) {
		requireEditor(scope);
		SupportProgram program = catalogue.get(c.programId());
		Household h = household(c.householdId(), scope);
		checkShape(program, c, h);
		Optional<Ineligibility> warning = program.eligibility().check(h.profile(), c.disbursedOn());
		if (warning.isPresent() && !c.acceptIneligible()) {
			throw new EligibilityWarning(warning.get());
		}
		List<DisbursementRow> duplicates = duplicatesOf(program, c.householdId(), c.memberId(), c.disbursedOn());
		String reason = c.overrideReason() == null ? "" : c.overrideReason().strip();
		if (!duplicates.isEmpty() && reason.isEmpty()) {
			throw new DuplicateBenefit(duplicates);
		}
		if (!duplicates.isEmpty() && reason.length() < 10) {
			throw new FieldProblem("overrideReason", "support.override.tooShort");
		}
		return insert(program, h.communeId(), c.householdId(), c.memberId(), c.disbursedOn(), c.amount(),
				c.quantity(), c.fundingSource().name(), c.decisionRef().strip(), null,
				warning.map(Ineligibility::messageKey).orElse(null), duplicates.isEmpty() ? null : reason, user);
	}

	/** One row of a bulk preview. */
	public record BulkRow(long householdId, String code, String headName, String village,
			HouseholdCategory category, int memberCount, boolean duplicate, Ineligibility warning) {
		public boolean willRecord() {
			return !duplicate;
		}
	}

	public record BulkPreview(SupportProgram program, List<BulkRow> rows, long recordCount, long skipCount,
			Long totalAmount, BigDecimal totalQuantity) {
	}

	/** Who a bulk disbursement would reach, and who it would skip as a duplicate; nothing is written. */
	@Transactional(readOnly = true)
	public BulkPreview previewBulk(BulkCommand c, Scope scope) {
		SupportProgram program = catalogue.get(c.programId());
		if (!scope.covers(c.communeId())) {
			throw new OutOfScopeException("commune " + c.communeId() + " is outside the caller's scope");
		}
		if (program.beneficiary() == Beneficiary.PERSON) {
			throw new FieldProblem("programId", "support.bulk.householdProgramsOnly");
		}
		checkAmounts(program, c.amount(), c.quantity());
		if (c.categories().isEmpty()) {
			throw new FieldProblem("categories", "support.bulk.categories.required");
		}
		List<Household> households = jdbc.query(HOUSEHOLD_SQL + "\n" + """
				WHERE h.commune_id = :commune AND h.commune_id IN (:scope) AND h.category IN (:categories)
				ORDER BY v.name, h.sort_key, h.id LIMIT :limit""",
				new MapSqlParameterSource("commune", c.communeId()).addValue("scope", scope.communeIds())
					.addValue("categories", c.categories().stream().map(Enum::name).toList())
					.addValue("limit", MAX_BULK + 1), Household::map);
		if (households.size() > MAX_BULK) {
			throw new FieldProblem("communeId", "support.bulk.tooMany");
		}
		String period = program.duplicatePeriod().key(c.disbursedOn());
		List<Grant> existing = period == null ? List.of() : jdbc.query("""
				SELECT household_id FROM support_disbursement
				WHERE program_id = :program AND commune_id = :commune AND period_key = :period AND member_id IS NULL""",
				new MapSqlParameterSource("program", program.id()).addValue("commune", c.communeId())
					.addValue("period", period),
				(rs, i) -> new Grant(program.id(), rs.getLong(1), null, period));
		Map<Long, LocalDate> escapes = escapeDates(households.stream().map(Household::id).toList());
		var split = Duplicates.split(
				households.stream().map(h -> new Grant(program.id(), h.id(), null, period)).toList(), existing);
		Set<Long> skipped = new java.util.HashSet<>(split.duplicates().stream().map(Grant::householdId).toList());
		List<BulkRow> rows = new ArrayList<>();
		for (Household h : households) {
			Household withEscape = h.withEscape(escapes.get(h.id()));
			rows.add(new BulkRow(h.id(), h.code(), h.headName(), h.village(), h.category(), h.memberCount(),
					skipped.contains(h.id()),
					program.eligibility().check(withEscape.profile(), c.disbursedOn()).orElse(null)));
		}
		long count = rows.stream().filter(BulkRow::willRecord).count();
		return new BulkPreview(program, rows, count, rows.size() - count,
				c.amount() == null ? null : c.amount() * count,
				c.quantity() == null ? null : c.quantity().multiply(BigDecimal.valueOf(count)));
	}

	public record BulkResult(long batchId, long recorded, long skipped, Long totalAmount) {
	}

	/**
	 * Records the bulk disbursement for the households of {@code selected} that the preview would reach, in one
	 * transaction. Households not in the preview (another commune, another category, a duplicate) are skipped, never
	 * recorded.
	 */
	public BulkResult recordBulk(BulkCommand c, Set<Long> selected, Scope scope, String user) {
		requireEditor(scope);
		if (c.decisionRef() == null || c.decisionRef().isBlank()) {
			throw new FieldProblem("decisionRef", "support.decisionRef.required");
		}
		BulkPreview preview = previewBulk(c, scope);
		checkSource(preview.program(), c.fundingSource().name());
		List<BulkRow> chosen = preview.rows().stream().filter(r -> r.willRecord() && selected.contains(r.householdId()))
			.toList();
		if (chosen.isEmpty()) {
			throw new FieldProblem("selected", "support.bulk.noneSelected");
		}
		long batch = jdbc.queryForObject("""
				INSERT INTO support_batch (program_id, commune_id, disbursed_on, decision_ref, recorded_by, recorded_at,
				    recorded_count, skipped_count)
				VALUES (:program, :commune, :on, :decision, :user, now(), :count, :skipped) RETURNING id""",
				new MapSqlParameterSource("program", c.programId()).addValue("commune", c.communeId())
					.addValue("on", Date.valueOf(c.disbursedOn())).addValue("decision", c.decisionRef().strip())
					.addValue("user", user).addValue("count", chosen.size())
					.addValue("skipped", selected.size() - chosen.size()),
				Long.class);
		try {
			for (BulkRow row : chosen) {
				insert(preview.program(), c.communeId(), row.householdId(), null, c.disbursedOn(), c.amount(),
						c.quantity(), c.fundingSource().name(), c.decisionRef().strip(), batch,
						row.warning() == null ? null : row.warning().messageKey(), null, user);
			}
		}
		catch (org.springframework.dao.DuplicateKeyException raced) {
			// Someone recorded the same grant for one of these households since the preview (issue 11, finding 7):
			// nothing of this batch is kept, and the officer sees a fresh preview instead of an error page.
			throw new FieldProblem("selected", "support.bulk.raced");
		}
		return new BulkResult(batch, chosen.size(), preview.rows().size() - chosen.size(),
				c.amount() == null ? null : c.amount() * chosen.size());
	}

	/** The support a household received, newest first. */
	@Transactional(readOnly = true)
	public List<DisbursementRow> disbursementsOf(long householdId, Scope scope) {
		household(householdId, scope);
		return jdbc.query(SupportQueries.ROW_SQL + " WHERE d.household_id = :id ORDER BY d.disbursed_on DESC, d.id DESC",
				new MapSqlParameterSource("id", householdId), SupportQueries.ROW);
	}

	/** A household as eligibility checks see it. */
	@Transactional(readOnly = true)
	public Household household(long id, Scope scope) {
		Household h = jdbc.query(HOUSEHOLD_SQL + " WHERE h.id = :id", new MapSqlParameterSource("id", id),
				Household::map).stream().findFirst().orElseThrow(() -> new NotFoundException("household", id));
		if (!scope.covers(h.communeId())) {
			throw new OutOfScopeException("commune " + h.communeId() + " is outside the caller's scope");
		}
		return h.withEscape(escapeDates(List.of(id)).get(id));
	}

	/** Finds a household of the caller's communes by its code, as officers type it from the paper list. */
	@Transactional(readOnly = true)
	public Optional<Long> householdIdByCode(String code, Scope scope) {
		if (code == null || code.isBlank() || scope.communeIds().isEmpty()) {
			return Optional.empty();
		}
		return jdbc.query("SELECT id FROM household WHERE code = :code AND commune_id IN (:scope)",
				new MapSqlParameterSource("code", code.strip().toUpperCase(java.util.Locale.ROOT))
					.addValue("scope", scope.communeIds()),
				(rs, i) -> rs.getLong(1)).stream().findFirst();
	}

	/** The members of a household, for per-person programs: id and name. */
	@Transactional(readOnly = true)
	public Map<Long, String> members(long householdId, Scope scope) {
		household(householdId, scope);
		Map<Long, String> members = new java.util.LinkedHashMap<>();
		jdbc.query("SELECT id, full_name FROM household_member WHERE household_id = :id ORDER BY date_of_birth, id",
				new MapSqlParameterSource("id", householdId), rs -> {
					members.put(rs.getLong(1), rs.getString(2));
				});
		return members;
	}

	static final String HOUSEHOLD_SQL = """
			SELECT h.id, h.code, h.head_name, h.commune_id, v.name AS village, h.category, h.member_count,
			       h.no_labour_capacity, h.has_meritorious_member, h.social_protection_beneficiary,
			       h.free_migrant_from_cambodia, h.ethnicity
			FROM household h JOIN area v ON v.id = h.village_id""";

	/** The household facts an eligibility rule reads. */
	public record Household(long id, String code, String headName, long communeId, String village,
			HouseholdCategory category, int memberCount, Set<HouseholdFlag> flags, LocalDate escapedOn) {

		public HouseholdProfile profile() {
			return new HouseholdProfile(category, flags, escapedOn);
		}

		Household withEscape(LocalDate on) {
			return new Household(id, code, headName, communeId, village, category, memberCount, flags, on);
		}

		static Household map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
			EnumSet<HouseholdFlag> flags = EnumSet.noneOf(HouseholdFlag.class);
			if (rs.getBoolean("no_labour_capacity")) {
				flags.add(HouseholdFlag.NO_LABOUR_CAPACITY);
			}
			if (rs.getBoolean("has_meritorious_member")) {
				flags.add(HouseholdFlag.MERITORIOUS_MEMBER);
			}
			if (rs.getBoolean("social_protection_beneficiary")) {
				flags.add(HouseholdFlag.SOCIAL_PROTECTION);
			}
			if (rs.getBoolean("free_migrant_from_cambodia")) {
				flags.add(HouseholdFlag.FREE_MIGRANT_FROM_CAMBODIA);
			}
			if (!"KINH".equals(rs.getString("ethnicity"))) {
				flags.add(HouseholdFlag.ETHNIC_MINORITY);
			}
			return new Household(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"),
					rs.getLong("commune_id"), rs.getString("village"), HouseholdCategory.valueOf(rs.getString("category")),
					rs.getInt("member_count"), flags, null);
		}
	}

	/**
	 * When each household last left the poor or near-poor list: the first assessment above the near-poor line after
	 * its latest poor or near-poor assessment, or an approved ESCAPED review outcome, whichever is later.
	 */
	Map<Long, LocalDate> escapeDates(List<Long> householdIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		if (householdIds.isEmpty()) {
			return dates;
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", householdIds);
		jdbc.query("""
				SELECT a.household_id, min(a.assessed_on)
				FROM poverty_assessment a
				JOIN (SELECT household_id, max(assessed_on) AS last_poor FROM poverty_assessment
				      WHERE household_id IN (:ids) AND category IN ('POOR', 'NEAR_POOR') GROUP BY household_id) p
				  ON p.household_id = a.household_id AND a.assessed_on > p.last_poor
				WHERE a.household_id IN (:ids) AND a.category IN ('AVERAGE_LIVING', 'NOT_POOR')
				GROUP BY a.household_id""", ids, rs -> {
			dates.merge(rs.getLong(1), rs.getDate(2).toLocalDate(), (x, y) -> x.isAfter(y) ? x : y);
		});
		jdbc.query("""
				SELECT household_id, max(coalesce(decision_date, make_date(year, 12, 31)))
				FROM household_review
				WHERE household_id IN (:ids) AND outcome = 'ESCAPED' AND state IN ('APPROVED', 'CONSOLIDATED')
				GROUP BY household_id""", ids, rs -> {
			dates.merge(rs.getLong(1), rs.getDate(2).toLocalDate(), (x, y) -> x.isAfter(y) ? x : y);
		});
		return dates;
	}

	private List<DisbursementRow> duplicatesOf(SupportProgram program, long householdId, Long memberId,
			LocalDate on) {
		String period = program.duplicatePeriod().key(on);
		if (period == null) {
			return List.of();
		}
		return jdbc.query(SupportQueries.ROW_SQL + " WHERE d.program_id = :program AND d.household_id = :household"
				+ " AND d.period_key = :period AND coalesce(d.member_id, 0) = :member ORDER BY d.disbursed_on, d.id",
				new MapSqlParameterSource("program", program.id()).addValue("household", householdId)
					.addValue("period", period).addValue("member", memberId == null ? 0L : memberId),
				SupportQueries.ROW);
	}

	private void checkShape(SupportProgram program, DisbursementCommand c, Household h) {
		if (!program.active()) {
			throw new FieldProblem("programId", "support.program.inactive");
		}
		if (c.disbursedOn().isAfter(LocalDate.now(clock))) {
			throw new FieldProblem("disbursedOn", "support.disbursedOn.future");
		}
		if (program.beneficiary() == Beneficiary.PERSON) {
			if (c.memberId() == null) {
				throw new FieldProblem("memberId", "support.member.required");
			}
			Boolean belongs = jdbc.queryForObject(
					"SELECT EXISTS (SELECT 1 FROM household_member WHERE id = :m AND household_id = :h)",
					new MapSqlParameterSource("m", c.memberId()).addValue("h", h.id()), Boolean.class);
			if (!Boolean.TRUE.equals(belongs)) {
				throw new FieldProblem("memberId", "support.member.notInHousehold");
			}
		}
		else if (c.memberId() != null) {
			throw new FieldProblem("memberId", "support.member.householdProgram");
		}
		checkAmounts(program, c.amount(), c.quantity());
		checkSource(program, c.fundingSource().name());
	}

	private static void checkAmounts(SupportProgram program, Long amount, BigDecimal quantity) {
		if (program.unit().countsQuantity() && quantity == null) {
			throw new FieldProblem("quantity", "support.quantity.required");
		}
		if (!program.unit().countsQuantity() && amount == null) {
			throw new FieldProblem("amount", "support.amount.required");
		}
		if (!program.unit().countsQuantity() && quantity != null) {
			throw new FieldProblem("quantity", "support.quantity.cashProgram");
		}
	}

	private static void checkSource(SupportProgram program, String source) {
		if (program.fundingSources().stream().noneMatch(s -> s.name().equals(source))) {
			throw new FieldProblem("fundingSource", "support.fundingSource.notForProgram");
		}
	}

	private long insert(SupportProgram program, long communeId, long householdId, Long memberId, LocalDate on,
			Long amount, BigDecimal quantity, String source, String decision, Long batch, String warning,
			String overrideReason, String user) {
		return jdbc.queryForObject("""
				INSERT INTO support_disbursement (program_id, household_id, member_id, commune_id, disbursed_on,
				    period_key, amount, quantity, funding_source, decision_ref, batch_id, eligibility_warning,
				    override_reason, recorded_by, recorded_at)
				VALUES (:program, :household, :member, :commune, :on, :period, :amount, :quantity, :source, :decision,
				    :batch, :warning, :reason, :user, :now) RETURNING id""",
				new MapSqlParameterSource("program", program.id()).addValue("household", householdId)
					.addValue("member", memberId).addValue("commune", communeId).addValue("on", Date.valueOf(on))
					.addValue("period", program.duplicatePeriod().key(on)).addValue("amount", amount)
					.addValue("quantity", quantity).addValue("source", source).addValue("decision", decision)
					.addValue("batch", batch).addValue("warning", warning).addValue("reason", overrideReason)
					.addValue("user", user).addValue("now", java.sql.Timestamp.from(clock.instant())),
				Long.class);
	}

	static void requireEditor(Scope scope) {
		if (!scope.mayEditHouseholds()) {
			throw new OutOfScopeException("role " + scope.role() + " may not record support");
		}
	}
}
