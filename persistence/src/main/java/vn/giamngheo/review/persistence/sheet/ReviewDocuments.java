package vn.giamngheo.review.persistence.sheet;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.CommuneList;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * What the review's documents print: a household's certificate and a commune's lists. Scope is checked by
 * {@link ReviewService} for the review or the commune's list before anything is read.
 */
@Service
@Transactional(readOnly = true)
public class ReviewDocuments {

	public record Member(String fullName, LocalDate dateOfBirth, String relationship, String sex) {
	}

	public record Certificate(Review review, String address, String village, String commune, String district,
			String province, List<Member> members, String standardName, String legalReference, LocalDate validFrom,
			LocalDate validTo) {
	}

	/** One household of a commune's list; the posting list prints only code, head, village and category. */
	public record ListRow(String code, String headName, String village, PovertyCategory category, Outcome outcome,
			ReviewState state, List<String> deficiencies, long monthlyIncomePerCapita, String standardId,
			int standardVersion, String decisionNumber, LocalDate decisionDate) {
	}

	public record CommuneLists(Campaign campaign, CommuneList list, String district, String province,
			List<ListRow> rows) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewService reviews;

	private final PovertyStandardCatalog standards;

	public ReviewDocuments(NamedParameterJdbcTemplate jdbc, ReviewService reviews, PovertyStandardCatalog standards) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.standards = standards;
	}

	/**
	 * The certificate of a poor or near-poor household, issued once the commune chair has recognised the review.
	 *
	 * @throws FieldProblem ("review", "reviewDocs.certificate.notApproved" or "…notPoor") when none may be issued
	 */
	public Certificate certificate(long reviewId, Scope scope) {
		Review review = reviews.review(reviewId, scope);
		if (review.state() != ReviewState.APPROVED && review.state() != ReviewState.CONSOLIDATED) {
			throw new FieldProblem("review", "reviewDocs.certificate.notApproved");
		}
		if (review.category() != PovertyCategory.POOR && review.category() != PovertyCategory.NEAR_POOR) {
			throw new FieldProblem("review", "reviewDocs.certificate.notPoor");
		}
		Map<String, Object> place = jdbc.queryForMap("""
				SELECT h.address, v.name AS village, c.name AS commune, d.name AS district, p.name AS province
				FROM household h JOIN area v ON v.id = h.village_id JOIN area c ON c.id = h.commune_id
				LEFT JOIN area d ON d.id = c.parent_id LEFT JOIN area p ON p.id = d.parent_id
				WHERE h.id = :id""", Map.of("id", review.householdId()));
		List<Member> members = jdbc.query("""
				SELECT full_name, date_of_birth, relationship, sex FROM household_member WHERE household_id = :id
				ORDER BY CASE WHEN relationship = 'HEAD' THEN 0 ELSE 1 END, date_of_birth, id""",
				Map.of("id", review.householdId()), (rs, i) -> new Member(rs.getString("full_name"),
						rs.getDate("date_of_birth").toLocalDate(), rs.getString("relationship"), rs.getString("sex")));
		PovertyStandard standard = standards.standards().find(review.standardId(), review.standardVersion())
			.orElse(null);
		String province = (String) place.get("province");
		String district = (String) place.get("district");
		if (province == null) { // a commune directly under its province (after the 2025 reform)
			province = district;
			district = null;
		}
		return new Certificate(review, (String) place.get("address"), (String) place.get("village"),
				(String) place.get("commune"), district, province, members,
				standard == null ? review.standardId() : standard.id(),
				standard == null ? "" : standard.legalReference(), standard == null ? null : standard.validFrom(),
				standard == null ? null : standard.validTo());
	}

	/** Every reviewed household of a commune in a campaign, in the order of the commune's register. */
	public CommuneLists communeLists(long campaignId, long communeId, Scope scope) {
		CommuneList list = reviews.communeList(campaignId, communeId, scope);
		Campaign campaign = reviews.campaign(campaignId, scope);
		Map<String, Object> place = jdbc.queryForMap("""
				SELECT d.name AS district, p.name AS province FROM area c
				LEFT JOIN area d ON d.id = c.parent_id LEFT JOIN area p ON p.id = d.parent_id WHERE c.id = :id""",
				Map.of("id", communeId));
		List<ListRow> rows = jdbc.query("""
				SELECT h.code, h.head_name, v.name AS village, r.category, r.outcome, r.state, r.deficiencies,
				       r.monthly_income_per_capita, r.standard_id, r.standard_version, r.decision_number,
				       r.decision_date
				FROM household_review r JOIN household h ON h.id = r.household_id JOIN area v ON v.id = h.village_id
				WHERE r.campaign_id = :c AND r.commune_id = :m
				ORDER BY v.name, h.sort_key, h.id""", new MapSqlParameterSource("c", campaignId)
			.addValue("m", communeId), (rs, i) -> {
				Array d = rs.getArray("deficiencies");
				return new ListRow(rs.getString("code"), rs.getString("head_name"), rs.getString("village"),
						PovertyCategory.valueOf(rs.getString("category")), Outcome.valueOf(rs.getString("outcome")),
						ReviewState.valueOf(rs.getString("state")),
						d == null ? List.of() : Arrays.asList((String[]) d.getArray()),
						rs.getLong("monthly_income_per_capita"), rs.getString("standard_id"),
						rs.getInt("standard_version"), rs.getString("decision_number"),
						rs.getDate("decision_date") == null ? null : rs.getDate("decision_date").toLocalDate());
			});
		String province = (String) place.get("province");
		String district = (String) place.get("district");
		if (province == null) {
			province = district;
			district = null;
		}
		return new CommuneLists(campaign, list, district, province, rows);
	}
}
