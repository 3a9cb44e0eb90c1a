package vn.giamngheo.review.steps.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.steps.ApplicationForm;
import vn.giamngheo.review.steps.RegularDeadline;
import vn.giamngheo.review.steps.StepProblem;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.review.steps.persistence.StepsRecords.Application;
import vn.giamngheo.review.steps.persistence.StepsRecords.OverdueCount;
import vn.giamngheo.review.steps.persistence.StepsRecords.RefusalLetter;
import vn.giamngheo.review.steps.persistence.StepsRecords.Returned;
import vn.giamngheo.review.steps.persistence.StepsRecords.WorkQueue;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Deadlines and work queues (issue 14, item 3): the regular review on application (Form
 * 04) must be decided within 15 days (Decision 24/2021/QĐ-TTg, Art. 5;
 * {@link StepRules#REGULAR_DECISION_DAYS}); an application is decided once a regular
 * review of its household is approved with a decision dated on or after the day it was
 * received. Named lists are for those who may list people; a province's viewer sees
 * counts per commune only.
 */
@Service
@Transactional(readOnly = true)
public class ReviewDeadlines {

	private final NamedParameterJdbcTemplate jdbc;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	private final Clock clock;

	public ReviewDeadlines(NamedParameterJdbcTemplate jdbc, Clock clock, vn.giamngheo.area.persistence.AreaTree tree) {
		this.jdbc = jdbc;
		this.tree = tree;
		this.clock = clock;
	}

	/**
	 * Form 04 applications of a commune, newest first, each with its deadline and status.
	 */
	public List<Application> regularApplications(long communeId, Scope scope) {
		if (!scope.covers(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope");
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc.query(StepRows.APPLICATIONS + """
				WHERE a.form = 'FORM_04' AND a.commune_id = :m ORDER BY a.received_on DESC, a.id DESC""",
				Map.of("m", communeId), (rs, i) -> StepRows.application(rs, today));
	}

	/**
	 * A Form 04 received by the commune for one of its households (Art. 5(1)); not dated
	 * in the future.
	 */
	@Transactional
	public long addRegularApplication(long communeId, String householdCode, LocalDate receivedOn, String note,
			Scope scope, String user) {
		if (!ReviewStepRecords.mayWrite(scope, communeId)) {
			throw new OutOfScopeException("only the commune's official records applications of " + communeId);
		}
		Long household = householdCode == null || householdCode.isBlank() ? null
				: jdbc
					.queryForList("SELECT id FROM household WHERE commune_id = :m AND code = :code",
							Map.of("m", communeId, "code", householdCode.strip()), Long.class)
					.stream()
					.findFirst()
					.orElse(null);
		List<StepProblem> problems = new ArrayList<>(
				StepRules.checkApplication(household, receivedOn, null, LocalDate.now(clock)));
		if (householdCode != null && !householdCode.isBlank() && household == null) {
			problems.removeIf(p -> p.field().equals("householdCode"));
			problems.add(0, new StepProblem("householdCode", "steps.application.householdUnknown"));
		}
		if (note != null && note.strip().length() > 500) {
			problems.add(new StepProblem("note", "steps.tooLong"));
		}
		StepsRefused.throwIfAny(problems);
		return jdbc.queryForObject("""
				INSERT INTO review_application (commune_id, household_id, form, received_on, note, created_by)
				VALUES (:m, :h, 'FORM_04', :on, :note, :user) RETURNING id""",
				new MapSqlParameterSource("m", communeId).addValue("h", household)
					.addValue("on", receivedOn)
					.addValue("note", note == null || note.isBlank() ? null : note.strip())
					.addValue("user", user),
				Long.class);
	}

	/**
	 * Communes the caller oversees: a district officer's set, or every commune of a
	 * provincial viewer's province.
	 */
	public Set<Long> overseenCommunes(Scope scope) {
		if (scope.role() == Role.PROVINCIAL_VIEWER && scope.provinceId() != null) {
			return Set.copyOf(tree.communesUnder(scope.provinceId()));
		}
		if (scope.mayListPeople()) {
			return scope.communeIds();
		}
		throw new OutOfScopeException("role " + scope.role() + " has no overdue list");
	}

	/**
	 * Per commune: regular reviews open and overdue today; only communes with something
	 * open.
	 */
	public List<OverdueCount> overdueByCommune(Scope scope) {
		Set<Long> communes = overseenCommunes(scope);
		if (communes.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc.query(
				"""
						SELECT c.id, c.name, p.name AS parent, count(*) AS open,
						       count(*) FILTER (WHERE a.received_on + :days < CAST(:today AS date)) AS overdue,
						       coalesce(max(CAST(:today AS date) - (a.received_on + :days)) FILTER (WHERE a.received_on + :days < CAST(:today AS date)), 0)
						           AS oldest
						FROM review_application a JOIN area c ON c.id = a.commune_id LEFT JOIN area p ON p.id = c.parent_id
						WHERE a.form = 'FORM_04' AND a.commune_id IN (:communes) AND NOT EXISTS (
						    SELECT 1 FROM household_review r WHERE r.household_id = a.household_id AND r.kind = 'REGULAR'
						      AND r.state IN ('APPROVED', 'CONSOLIDATED') AND r.decision_date >= a.received_on)
						GROUP BY c.id, c.name, p.name ORDER BY overdue DESC, c.name""",
				new MapSqlParameterSource().addValue("communes", communes)
					.addValue("today", today)
					.addValue("days", StepRules.REGULAR_DECISION_DAYS),
				(rs, i) -> new OverdueCount(rs.getLong("id"), rs.getString("name"), rs.getString("parent"),
						rs.getLong("open"), rs.getLong("overdue"), rs.getLong("oldest")));
	}

	/**
	 * Named overdue applications of the communes in scope (commune officials and district
	 * officers only).
	 */
	public List<Application> overdueApplications(Scope scope) {
		if (!scope.mayListPeople()) {
			throw new OutOfScopeException("role " + scope.role() + " may not list households");
		}
		return undecided(scope.communeIds()).stream()
			.filter(a -> a.status() == RegularDeadline.Status.OVERDUE)
			.toList();
	}

	/**
	 * The commune official's queue: reviews returned to the commune, and regular reviews
	 * overdue or nearly due.
	 */
	public WorkQueue workQueue(Scope scope) {
		if (scope.role() != Role.COMMUNE_OFFICIAL || scope.communeIds().isEmpty()) {
			return new WorkQueue(List.of(), List.of());
		}
		return queueOf(scope.communeIds());
	}

	WorkQueue queueOf(Collection<Long> communes) {
		List<Returned> returned = jdbc.query("""
				SELECT r.id, h.code, h.head_name, c.name AS commune, r.return_reason, r.campaign_id, r.year
				FROM household_review r JOIN household h ON h.id = r.household_id JOIN area c ON c.id = r.commune_id
				WHERE r.state = 'RETURNED' AND r.commune_id IN (:communes) ORDER BY r.updated_at DESC LIMIT 50""",
				Map.of("communes", communes),
				(rs, i) -> new Returned(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getObject(6) == null ? null : rs.getLong(6), rs.getInt(7)));
		List<Application> deadlines = undecided(communes).stream()
			.filter(a -> a.status() == RegularDeadline.Status.OVERDUE || a.status() == RegularDeadline.Status.DUE_SOON)
			.toList();
		return new WorkQueue(returned, deadlines);
	}

	private List<Application> undecided(Collection<Long> communes) {
		if (communes.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc.query(StepRows.APPLICATIONS + """
				 WHERE a.form = 'FORM_04' AND a.commune_id IN (:communes) AND d.decision_date IS NULL
				ORDER BY a.received_on, a.id""", Map.of("communes", communes),
				(rs, i) -> StepRows.application(rs, today));
	}

	/** The address a commune official receives the digest at, if any. */
	public java.util.Optional<String> digestAddress(String username) {
		return jdbc.queryForList("""
				SELECT d.email FROM review_digest_recipient d JOIN account a ON a.id = d.account_id
				WHERE a.username = :u""", Map.of("u", username), String.class).stream().findFirst();
	}

	/** A commune official sets (or, blank, removes) the address of their own digest. */
	@Transactional
	public void setDigestAddress(Scope scope, String username, String email) {
		if (scope.role() != Role.COMMUNE_OFFICIAL) {
			throw new OutOfScopeException("only commune officials receive the digest");
		}
		MapSqlParameterSource p = new MapSqlParameterSource("u", username);
		if (email == null || email.isBlank()) {
			jdbc.update(
					"DELETE FROM review_digest_recipient WHERE account_id = (SELECT id FROM account WHERE username = :u)",
					p);
			return;
		}
		String address = email.strip();
		if (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new StepsRefused("email", "steps.digest.invalid");
		}
		jdbc.update("""
				INSERT INTO review_digest_recipient (account_id, email) SELECT id, :e FROM account WHERE username = :u
				ON CONFLICT (account_id) DO UPDATE SET email = excluded.email""", p.addValue("e", address));
	}

	/** Accounts with a digest address, each with the communes of its areas. */
	public List<Recipient> digestRecipients() {
		List<Recipient> recipients = new ArrayList<>();
		jdbc.query("""
				SELECT a.id, a.username, a.full_name, d.email, array_agg(aa.area_id) AS areas
				FROM review_digest_recipient d JOIN account a ON a.id = d.account_id AND a.enabled
				JOIN account_area aa ON aa.account_id = a.id
				WHERE a.role = 'COMMUNE_OFFICIAL' GROUP BY a.id, a.username, a.full_name, d.email ORDER BY a.id""",
				rs -> {
					Long[] areaIds = (Long[]) rs.getArray("areas").getArray();
					recipients.add(new Recipient(rs.getString("username"), rs.getString("full_name"),
							rs.getString("email"), List.copyOf(tree.communesUnder(List.of(areaIds)))));
				});
		return recipients;
	}

	public WorkQueue digestFor(Recipient recipient) {
		return recipient.communeIds().isEmpty() ? new WorkQueue(List.of(), List.of()) : queueOf(recipient.communeIds());
	}

	public record Recipient(String username, String fullName, String email, List<Long> communeIds) {
	}

	/**
	 * What the written refusal of an application states; only for a decided application
	 * that was not accepted.
	 */
	public RefusalLetter refusal(long applicationId, Scope scope) {
		Map<String, Object> a = jdbc
			.queryForList("SELECT commune_id FROM review_application WHERE id = :id", Map.of("id", applicationId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application", applicationId));
		long communeId = ((Number) a.get("commune_id")).longValue();
		if (!scope.covers(communeId)) {
			throw new OutOfScopeException("application " + applicationId + " is outside the caller's scope");
		}
		return jdbc
			.query("""
					SELECT a.id, a.form, c.name AS commune, h.head_name, h.code, h.address, v.name AS village,
					       a.received_on, r.category, r.monthly_income_per_capita, r.income_line,
					       coalesce(cardinality(r.deficiencies), 0) AS deficiencies, r.decision_number, r.decision_date
					FROM review_application a JOIN household h ON h.id = a.household_id JOIN area v ON v.id = h.village_id
					JOIN area c ON c.id = a.commune_id
					JOIN LATERAL (
					    SELECT * FROM household_review r WHERE r.household_id = a.household_id
					      AND r.state IN ('APPROVED', 'CONSOLIDATED') AND r.decision_date >= a.received_on
					      AND ((a.form = 'FORM_04' AND r.kind = 'REGULAR') OR r.campaign_id = a.campaign_id)
					    ORDER BY r.decision_date, r.id LIMIT 1) r ON TRUE
					WHERE a.id = :id AND r.category NOT IN ('POOR', 'NEAR_POOR')""",
					Map.of("id", applicationId),
					(rs, i) -> new RefusalLetter(rs.getLong("id"), ApplicationForm.valueOf(rs.getString("form")),
							rs.getString("commune"), rs.getString("head_name"), rs.getString("code"),
							rs.getString("address"), rs.getString("village"), rs.getDate("received_on").toLocalDate(),
							PovertyCategory.valueOf(rs.getString("category")), rs.getLong("monthly_income_per_capita"),
							rs.getLong("income_line"), rs.getInt("deficiencies"), rs.getString("decision_number"),
							rs.getDate("decision_date").toLocalDate(), Map.of()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("refusal", applicationId));
	}

}
