package vn.giamngheo.review.api.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.IndicatorResult;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.ScoringResult;
import vn.giamngheo.review.persistence.ReviewRecords.Review;

/**
 * The answer to a saved review: category with its Vietnamese reasons and, for a review by
 * form B1 under a standard that defines B2 points (Circular 07/2021/TT-BLĐTBXH), the B2
 * total as the calculator page shows it: points per deficient indicator × deficient
 * indicators, against the poor threshold (points × the deficiency cut-off).
 */
@Component
class ReviewResultAnswer {

	private final ReviewApiSupport support;

	ReviewResultAnswer(ReviewApiSupport support) {
		this.support = support;
	}

	ReviewApiAnswers.Result of(Review review, PovertyStandard standard, AreaType area, Integer b1,
			Classification classification) {
		List<String> reasons = new ArrayList<>();
		Integer cutoff = standard.thresholds(area).b1Cutoff();
		Integer b2Points = null;
		Integer b2Threshold = null;
		if (b1 != null) {
			reasons.add(support.vi(b1 <= cutoff ? "review.api.reason.b1Low" : "review.api.reason.b1High", b1, cutoff,
					support.vi("areaType." + area.name())));
			if (standard.b2PointsPerDeficiency().isPresent()) {
				ScoringResult score = standard.score(area, b1,
						classification.deficiencyCount() * standard.b2PointsPerDeficiency().getAsInt());
				b2Points = score.b2Points();
				b2Threshold = score.b2PoorThreshold();
			}
		}
		else {
			reasons.add(support.vi(
					review.monthlyIncomePerCapita() <= review.incomeLine() ? "review.api.reason.incomeLow"
							: "review.api.reason.incomeHigh",
					ReviewApiSupport.money(review.monthlyIncomePerCapita()),
					ReviewApiSupport.money(review.incomeLine())));
		}
		reasons.add(support.vi("review.api.reason.deficiencies", classification.deficiencyCount(),
				standard.minDeficiencies()));
		if (b2Points != null) {
			reasons.add(support.vi("review.api.reason.b2", b2Points, b2Threshold));
		}
		reasons.add(support.vi("review.api.reason.category", support.vi("category." + review.category().name())));
		List<ReviewApiAnswers.Indicator> indicators = new ArrayList<>();
		for (IndicatorResult r : classification.indicatorResults()) {
			indicators.add(new ReviewApiAnswers.Indicator(r.code(), support.vi("poverty.indicator." + r.code()),
					r.deficient(), List.of(support
						.vi(r.deficient() ? "review.api.reason.deficient" : "review.api.reason.notDeficient"))));
		}
		return new ReviewApiAnswers.Result(review.id(), review.householdId(), review.version(), review.state().name(),
				review.category().name(), support.vi("category." + review.category().name()), review.outcome().name(),
				support.vi("review.outcome." + review.outcome().name()),
				new ReviewApiAnswers.StandardRef(standard.id(), standard.version(), standard.jurisdiction()),
				area.name(), review.incomeLine(), review.monthlyIncomePerCapita(), b1, cutoff, b2Points, b2Threshold,
				classification.deficiencyCount(), reasons, indicators);
	}

}
