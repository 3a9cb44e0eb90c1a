package vn.giamngheo.review.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;

/**
 * Which communes a campaign reviews: the set chosen when it was opened (a two-level
 * province opening a review for some of its communes), or, when none was chosen, every
 * commune under its area. Every question "is this commune in the campaign" goes through
 * here, so a commune outside the set never sees the campaign.
 */
@Service
@Transactional(readOnly = true)
public class CampaignCommunes {

	private final NamedParameterJdbcTemplate jdbc;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	public CampaignCommunes(NamedParameterJdbcTemplate jdbc, vn.giamngheo.area.persistence.AreaTree tree) {
		this.jdbc = jdbc;
		this.tree = tree;
	}

	public Set<Long> of(Campaign campaign) {
		return of(campaign.id(), campaign.areaId());
	}

	public Set<Long> of(long campaignId, long areaId) {
		List<Long> chosen = chosen(campaignId);
		return chosen.isEmpty() ? new HashSet<>(tree.communesUnder(areaId)) : new HashSet<>(chosen);
	}

	/** The chosen communes, empty when the campaign covers its whole area. */
	public List<Long> chosen(long campaignId) {
		return jdbc.queryForList("SELECT commune_id FROM campaign_commune WHERE campaign_id = :c ORDER BY commune_id",
				Map.of("c", campaignId), Long.class);
	}

	@Transactional
	void choose(long campaignId, Collection<Long> communeIds) {
		jdbc.batchUpdate("INSERT INTO campaign_commune (campaign_id, commune_id) VALUES (:c, :m)",
				communeIds.stream()
					.distinct()
					.map(m -> new MapSqlParameterSource("c", campaignId).addValue("m", m))
					.toArray(MapSqlParameterSource[]::new));
	}

}
