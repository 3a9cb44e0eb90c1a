package vn.giamngheo.review.persistence.sheet;

import java.time.LocalDate;
import java.util.List;
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
 * What the review's documents print: a household's certificate and a commune's lists.
 * Scope is checked by {@link ReviewService} for the review or the commune's list before
 * anything is read, and again by every statement of {@link ReviewDocumentRows}, which
 * reads only the caller's communes.
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

	/**
	 * One household of a commune's list; the posting list prints only code, head, village
	 * and category.
	 */
	public record ListRow(String code, String headName, String village, PovertyCategory category, Outcome outcome,
			ReviewState state, List<String> deficiencies, long monthlyIncomePerCapita, String standardId,
			int standardVersion, String decisionNumber, LocalDate decisionDate) {
	}

	public record CommuneLists(Campaign campaign, CommuneList list, String district, String province,
			List<ListRow> rows) {
	}

	private final ReviewDocumentRows rows;

	private final ReviewService reviews;

	private final PovertyStandardCatalog standards;

	ReviewDocuments(ReviewDocumentRows rows, ReviewService reviews, PovertyStandardCatalog standards) {
		this.rows = rows;
		this.reviews = reviews;
		this.standards = standards;
	}

	/**
	 * The certificate of a poor or near-poor household, issued once the commune chair has
	 * recognised the review.
	 * @throws FieldProblem ("review", "reviewDocs.certificate.notApproved" or "…notPoor")
	 * when none may be issued
	 */
	public Certificate certificate(long reviewId, Scope scope) {
		Review review = reviews.review(reviewId, scope);
		if (review.state() != ReviewState.APPROVED && review.state() != ReviewState.CONSOLIDATED) {
			throw new FieldProblem("review", "reviewDocs.certificate.notApproved");
		}
		if (review.category() != PovertyCategory.POOR && review.category() != PovertyCategory.NEAR_POOR) {
			throw new FieldProblem("review", "reviewDocs.certificate.notPoor");
		}
		ReviewDocumentRows.Place place = rows.householdPlace(review.householdId(), scope);
		List<Member> members = rows.members(review.householdId(), scope);
		PovertyStandard standard = standards.standards()
			.find(review.standardId(), review.standardVersion())
			.orElse(null);
		return new Certificate(review, place.address(), place.village(), place.commune(), place.district(),
				place.province(), members, standard == null ? review.standardId() : standard.id(),
				standard == null ? "" : standard.legalReference(), standard == null ? null : standard.validFrom(),
				standard == null ? null : standard.validTo());
	}

	/**
	 * Every reviewed household of a commune in a campaign, in the order of the commune's
	 * register.
	 */
	public CommuneLists communeLists(long campaignId, long communeId, Scope scope) {
		CommuneList list = reviews.communeList(campaignId, communeId, scope);
		Campaign campaign = reviews.campaign(campaignId, scope);
		ReviewDocumentRows.Place place = rows.communePlace(communeId, scope);
		return new CommuneLists(campaign, list, place.district(), place.province(),
				rows.listRows(campaignId, communeId, scope));
	}

}
