package vn.giamngheo.review.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Annual review campaigns: opening one, finding them, and which of their communes a
 * caller may see.
 */
@Service
@Transactional(readOnly = true)
public class ReviewCampaigns {

	private final NamedParameterJdbcTemplate jdbc;

	private final AreaQueries areas;

	private final PovertyStandardCatalog standards;

	private final ApprovalChains chains;

	private final CampaignCommunes communes;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	public ReviewCampaigns(NamedParameterJdbcTemplate jdbc, AreaQueries areas, PovertyStandardCatalog standards,
			ApprovalChains chains, CampaignCommunes communes, vn.giamngheo.area.persistence.AreaTree tree) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.standards = standards;
		this.chains = chains;
		this.communes = communes;
		this.tree = tree;
	}

	/**
	 * Why a campaign is held; each purpose fixes which standard it applies (issue 14,
	 * item 4).
	 */
	public enum Purpose {

		ANNUAL, // rà soát định kỳ hằng năm: chuẩn áp dụng ngày 31/12 của năm
		BASELINE, // rà soát xác định hộ nghèo đầu kỳ: chuẩn quốc gia của giai đoạn sau
					// (áp dụng từ 01/01 năm sau)
		PROVINCIAL // rà soát theo chuẩn riêng cao hơn của tỉnh

	}

	/**
	 * Opens the annual (periodic) review of a year for a district, or after 2025 for a
	 * province's communes. The standard is the one that applies in the area's province on
	 * 31 December of the year, the date the year's list stands for; the default period is
	 * 1 September to 14 December (Decision 24/2021/QĐ-TTg, Art. 3).
	 */
	@Transactional
	public long open(int year, long areaId, LocalDate startsOn, LocalDate endsOn, Scope scope, String user) {
		return open(year, areaId, Purpose.ANNUAL, startsOn, endsOn, scope, user);
	}

	/**
	 * Opens a campaign with a purpose. Several campaigns of a year and area may run side
	 * by side (an annual review and a baseline review under the next period's standard);
	 * the same purpose is opened once a year per area.
	 */
	@Transactional
	public long open(int year, long areaId, Purpose purpose, LocalDate startsOn, LocalDate endsOn, Scope scope,
			String user) {
		return open(year, areaId, purpose, startsOn, endsOn, Set.of(), scope, user);
	}

	/**
	 * Opens a campaign for a chosen set of the area's communes (a two-level province
	 * reviewing some of its communes); none chosen is the whole area. Each chosen commune
	 * must lie under the area and in the caller's scope.
	 */
	@Transactional
	public long open(int year, long areaId, Purpose purpose, LocalDate startsOn, LocalDate endsOn, Set<Long> chosen,
			Scope scope, String user) {
		if (!scope.mayOpenReviews()) {
			throw new OutOfScopeException("only district officers open reviews");
		}
		AreaView area = areas.find(areaId).orElseThrow(() -> new FieldProblem("areaId", "review.campaign.area"));
		Set<Long> under = tree.communesUnder(areaId);
		if (endsOn.isBefore(startsOn)) {
			throw new FieldProblem("endsOn", "review.campaign.endsBeforeStart");
		}
		if (under.isEmpty() || area.level() == AreaLevel.VILLAGE
				|| !scope.communeIds().containsAll(under) && !provinceOfItsCommunes(area, startsOn, scope, under)) {
			throw new FieldProblem("areaId", "review.campaign.area");
		}
		if (!chosen.isEmpty() && !(under.containsAll(chosen) && scope.communeIds().containsAll(chosen))) {
			throw new FieldProblem("communeIds", "review.campaign.communes.outside");
		}
		PovertyStandard standard = standardFor(purpose, provinceCodeOf(area), year);
		Integer existing = jdbc.queryForObject(
				"SELECT count(*) FROM review_campaign WHERE year = :year AND area_id = :area AND purpose = :purpose",
				new MapSqlParameterSource("year", year).addValue("area", areaId).addValue("purpose", purpose.name()),
				Integer.class);
		if (existing != null && existing > 0) {
			throw new FieldProblem("year", "review.campaign.exists");
		}
		long id = jdbc.queryForObject(
				"""
						INSERT INTO review_campaign (year, area_id, standard_id, standard_version, starts_on, ends_on, opened_by,
						                             purpose)
						VALUES (:year, :area, :sid, :sv, :from, :to, :user, :purpose) RETURNING id""",
				new MapSqlParameterSource("year", year).addValue("area", areaId)
					.addValue("sid", standard.id())
					.addValue("sv", standard.version())
					.addValue("from", startsOn)
					.addValue("to", endsOn)
					.addValue("user", user)
					.addValue("purpose", purpose.name()),
				Long.class);
		communes.choose(id, chosen);
		return id;
	}

	/**
	 * The standard a campaign applies: the annual review the one in force on 31 December
	 * of its year (a province's own winning over the national one); a baseline review the
	 * national standard of the next period, in force on 1 January of the following year;
	 * a provincial review the province's own standard, refused where there is none.
	 */
	PovertyStandard standardFor(Purpose purpose, String provinceCode, int year) {
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		java.util.Optional<PovertyStandard> standard = switch (purpose) {
			case ANNUAL -> standards.standards().applicable(provinceCode, yearEnd);
			case BASELINE -> standards.standards().applicable(null, yearEnd.plusDays(1));
			case PROVINCIAL -> standards.standards().applicable(provinceCode, yearEnd).filter(s -> !s.isNational());
		};
		return standard.orElseThrow(() -> new FieldProblem(purpose == Purpose.PROVINCIAL ? "purpose" : "year",
				purpose == Purpose.PROVINCIAL ? "review.campaign.noProvincialStandard" : "review.campaign.noStandard"));
	}

	/**
	 * In a province without a district tier (its chain on the campaign's first day has no
	 * district), the province's officer opens the review for the province's communes as a
	 * whole: it works with them directly, and each commune's official still sees only
	 * their own list.
	 */
	public boolean provinceOfItsCommunes(AreaView area, LocalDate on, Scope scope, Collection<Long> communes) {
		return area.level() == AreaLevel.PROVINCE && !chains.chainOf(area.id(), on).hasDistrict()
				&& communes.stream().anyMatch(scope.communeIds()::contains);
	}

	/** The province an area lies in (the root of its tree). */
	public AreaView provinceOf(long areaId) {
		return areas.get(tree.provinceOf(areaId));
	}

	public List<Campaign> campaigns(Scope scope) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		// In SQL (issue 10): a campaign of chosen communes when one of them is the
		// caller's; a campaign of a whole
		// area when that area holds one of the caller's communes, i.e. is one of them or
		// lies above one (AreaTree).
		return jdbc.query(CAMPAIGNS + "\n" + """
				WHERE EXISTS (SELECT 1 FROM campaign_commune cc
				              WHERE cc.campaign_id = rc.id AND cc.commune_id IN (:scope))
				   OR NOT EXISTS (SELECT 1 FROM campaign_commune cc WHERE cc.campaign_id = rc.id)
				  AND rc.area_id IN (:holding)
				ORDER BY rc.year DESC, a.name""",
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("scope", scope.communeIds())
					.addValue("holding", tree.withAncestors(scope.communeIds())),
				ReviewCampaigns::campaign);
	}

	public Campaign campaign(long id, Scope scope) {
		Campaign campaign = jdbc.query(CAMPAIGNS + " WHERE rc.id = :id", Map.of("id", id), ReviewCampaigns::campaign)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("campaign", id));
		if (!covers(scope, campaign)) {
			throw new OutOfScopeException("campaign " + id + " is outside the caller's communes");
		}
		return campaign;
	}

	/**
	 * The campaign, when the caller may see the commune and the commune belongs to it.
	 */
	public Campaign campaignOf(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaign(campaignId, scope);
		requireCommune(scope, communeId, campaign);
		return campaign;
	}

	/** Communes of a campaign the caller may see. */
	public List<AreaView> communesOf(Campaign campaign, Scope scope) {
		Set<Long> ids = new HashSet<>(communes.of(campaign));
		ids.retainAll(scope.communeIds());
		return areas.all(ids);
	}

	public void requireCommune(Scope scope, long communeId, Campaign campaign) {
		if (!scope.covers(communeId) || !communes.of(campaign).contains(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope or the campaign");
		}
	}

	public PovertyStandard standardOf(Campaign campaign) {
		return standards.standards()
			.find(campaign.standardId(), campaign.standardVersion())
			.orElseThrow(() -> new IllegalStateException("standard of campaign " + campaign.id() + " missing"));
	}

	/**
	 * The standard in force today for a commune, for a regular review outside any
	 * campaign.
	 */
	public PovertyStandard standardToday(long communeId, LocalDate today) {
		return standards.standards()
			.applicable(provinceCodeOf(areas.get(communeId)), today)
			.orElseThrow(() -> new FieldProblem("areaType", "review.noStandard"));
	}

	/**
	 * The caller sees a campaign when one of its communes (the chosen set, or the area's)
	 * is in the scope.
	 */
	private boolean covers(Scope scope, Campaign campaign) {
		return scope.mayListPeople() && communes.of(campaign).stream().anyMatch(scope.communeIds()::contains);
	}

	private String provinceCodeOf(AreaView area) {
		AreaView current = area;
		while (current.parentId() != null) {
			current = areas.get(current.parentId());
		}
		return current.code();
	}

	private static final String CAMPAIGNS = """
			SELECT rc.id, rc.year, rc.area_id, a.name AS area_name, rc.standard_id, rc.standard_version, rc.starts_on,
			       rc.ends_on, rc.opened_by, rc.purpose
			FROM review_campaign rc JOIN area a ON a.id = rc.area_id""";

	private static Campaign campaign(ResultSet rs, int i) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getInt("year"), rs.getLong("area_id"), rs.getString("area_name"),
				rs.getString("standard_id"), rs.getInt("standard_version"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), rs.getString("opened_by"), rs.getString("purpose"));
	}

}
