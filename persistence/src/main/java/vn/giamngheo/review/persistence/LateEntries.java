package vn.giamngheo.review.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.audit.persistence.AuditAction;
import vn.giamngheo.audit.persistence.AuditEntry;
import vn.giamngheo.audit.persistence.AuditLog;
import vn.giamngheo.review.EntryPeriod;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Campaign dates on review entry (issue 14, item 3): reviews are entered within the
 * campaign's dates or a late-entry window its owner granted ({@link EntryPeriod}). The
 * owner is the officer who may open the campaign: the district's, or in a province
 * without a district tier the province's. Each window is stored and written to the audit
 * log.
 */
@Service
@Transactional(readOnly = true)
public class LateEntries {

	/**
	 * A granted window; {@code communeName} is null when it opens every commune of the
	 * campaign.
	 */
	public record Window(long id, Long communeId, String communeName, LocalDate opensOn, LocalDate until, String reason,
			String grantedBy, Instant grantedAt) {
	}

	public static final int MAX_REASON = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewCampaigns campaigns;

	private final CampaignCommunes communes;

	private final AreaQueries areas;

	private final AuditLog audit;

	private final Clock clock;

	public LateEntries(NamedParameterJdbcTemplate jdbc, ReviewCampaigns campaigns, CampaignCommunes communes,
			AreaQueries areas, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.communes = communes;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Window> windows(long campaignId) {
		return jdbc.query("""
				SELECT w.id, w.commune_id, a.name AS commune_name, w.opens_on, w.until, w.reason, w.granted_by,
				       w.granted_at
				FROM review_late_entry w LEFT JOIN area a ON a.id = w.commune_id
				WHERE w.campaign_id = :c ORDER BY w.granted_at, w.id""", Map.of("c", campaignId),
				(rs, i) -> new Window(rs.getLong("id"), (Long) rs.getObject("commune_id"), rs.getString("commune_name"),
						rs.getDate("opens_on").toLocalDate(), rs.getDate("until").toLocalDate(), rs.getString("reason"),
						rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant()));
	}

	public EntryPeriod period(Campaign campaign) {
		return new EntryPeriod(campaign.startsOn(), campaign.endsOn(),
				windows(campaign.id()).stream()
					.map(w -> new EntryPeriod.LateEntry(w.communeId(), w.opensOn(), w.until(), w.reason()))
					.toList());
	}

	public boolean isOpen(Campaign campaign, long communeId) {
		return period(campaign).isOpen(today(), communeId);
	}

	/**
	 * Refuses entry outside the campaign's dates and its windows: the page shows the
	 * message next to the form.
	 */
	public void requireOpen(Campaign campaign, long communeId) {
		if (!isOpen(campaign, communeId)) {
			throw new FieldProblem("campaign", "review.entry.closed");
		}
	}

	/**
	 * Whether the caller owns the campaign: may open it, and so may let its communes
	 * enter late.
	 */
	public boolean mayGrant(Campaign campaign, Scope scope) {
		if (!scope.mayOpenReviews()) {
			return false;
		}
		Set<Long> of = communes.of(campaign);
		return scope.communeIds().containsAll(of) || campaigns.provinceOfItsCommunes(areas.get(campaign.areaId()),
				campaign.startsOn(), scope, List.copyOf(of));
	}

	/**
	 * Grants a late-entry window from today to {@code until}, for the whole campaign
	 * ({@code communeId} null) or one of its communes, with a mandatory reason.
	 */
	@Transactional
	public long grant(long campaignId, Long communeId, LocalDate until, String reason, Scope scope, String user) {
		Campaign campaign = campaigns.campaign(campaignId, scope);
		if (!mayGrant(campaign, scope)) {
			throw new OutOfScopeException("only the campaign's owner grants late entry");
		}
		LocalDate today = today();
		if (until == null) {
			throw new FieldProblem("until", "review.late.untilRequired");
		}
		if (until.isBefore(today)) {
			throw new FieldProblem("until", "review.late.untilPast");
		}
		if (reason == null || reason.isBlank()) {
			throw new FieldProblem("reason", "review.late.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new FieldProblem("reason", "review.late.reasonTooLong");
		}
		if (communeId != null && !communes.of(campaign).contains(communeId)) {
			throw new FieldProblem("communeId", "review.late.commune");
		}
		long id = jdbc.queryForObject("""
				INSERT INTO review_late_entry (campaign_id, commune_id, opens_on, until, reason, granted_by)
				VALUES (:c, :m, :from, :until, :reason, :user) RETURNING id""",
				new MapSqlParameterSource("c", campaignId).addValue("m", communeId)
					.addValue("from", today)
					.addValue("until", until)
					.addValue("reason", reason.strip())
					.addValue("user", user),
				Long.class);
		audit.record(AuditEntry.of(user, scope.role().name(), AuditAction.CHANGE, null, null,
				"review_campaign/" + campaignId + "/late-entry/" + id, "lateEntry\tcommune\t"
						+ (communeId == null ? "*" : communeId) + "\tfrom\t" + today + "\tuntil\t" + until,
				reason.strip(), null, null));
		return id;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
