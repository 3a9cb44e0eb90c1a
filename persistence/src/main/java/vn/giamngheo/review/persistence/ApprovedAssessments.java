package vn.giamngheo.review.persistence;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.event.CommuneListApproved;
import vn.giamngheo.review.event.HouseholdReviewApproved;

/**
 * Keeps a poverty assessment for every approved review: the inputs and the standard that
 * produced the category, dated by the decision, for what-if analyses and for telling
 * "poor earlier" in later periods (re-poor, Art. 2 of Decision 24/2021/QĐ-TTg). Runs in
 * the approving transaction.
 */
@Component
class ApprovedAssessments {

	private final NamedParameterJdbcTemplate jdbc;

	ApprovedAssessments(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CommuneListApproved approved) {
		jdbc.update(INSERT + " WHERE r.campaign_id = :c AND r.commune_id = :m AND r.state = 'APPROVED'",
				new MapSqlParameterSource("on", approved.decisionDate()).addValue("user", approved.approvedBy())
					.addValue("c", approved.campaignId())
					.addValue("m", approved.communeId()));
	}

	@EventListener
	void on(HouseholdReviewApproved approved) {
		jdbc.update(INSERT + " WHERE r.id = :id",
				new MapSqlParameterSource("on", approved.decisionDate()).addValue("user", approved.approvedBy())
					.addValue("id", approved.reviewId()));
	}

	private static final String INSERT = """
			INSERT INTO poverty_assessment (household_id, assessed_on, area_type, monthly_income_per_capita,
			    deficiencies, category, standard_id, standard_version, created_by)
			SELECT r.household_id, :on, r.area_type, r.monthly_income_per_capita, r.deficiencies, r.category,
			       r.standard_id, r.standard_version, :user
			FROM household_review r""";

}
