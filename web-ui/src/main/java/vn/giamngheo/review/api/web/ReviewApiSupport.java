package vn.giamngheo.review.api.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewProgress;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.shared.Languages;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * What every use case of the review API shares: the commune and campaign of the path,
 * checked against the caller's scope (403 outside it, 404 unknown), and the
 * Vietnamese/English texts of answers and field errors.
 */
@Component
class ReviewApiSupport {

	private final ReviewProgress progress;

	private final ReviewCampaigns campaigns;

	private final MessageSource messages;

	ReviewApiSupport(ReviewProgress progress, ReviewCampaigns campaigns, MessageSource messages) {
		this.progress = progress;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	ReviewProgress.CommuneRow communeInScope(String code, Scope scope) {
		ReviewProgress.CommuneRow commune = progress.commune(code)
			.orElseThrow(() -> new ReviewApiProblem(HttpStatus.NOT_FOUND, "review.api.commune", List.of(), code));
		if (!scope.covers(commune.id())) {
			throw new ReviewApiProblem(HttpStatus.FORBIDDEN, "review.api.scope", List.of(), code);
		}
		return commune;
	}

	Campaign campaignOf(String id, ReviewProgress.CommuneRow commune, Scope scope) {
		if (!id.matches("[0-9]{1,18}")) {
			throw new ReviewApiProblem(HttpStatus.NOT_FOUND, "review.api.campaign", List.of(), id, commune.name());
		}
		try {
			return campaigns.campaignOf(Long.parseLong(id), commune.id(), scope);
		}
		catch (NotFoundException | OutOfScopeException ex) {
			// The commune is the caller's, so a campaign not covering it is simply not
			// one of its campaigns.
			throw new ReviewApiProblem(HttpStatus.NOT_FOUND, "review.api.campaign", List.of(), id, commune.name());
		}
	}

	ReviewApiProblem invalid(List<ReviewApiAnswers.FieldError> errors) {
		return new ReviewApiProblem(HttpStatus.BAD_REQUEST, "review.api.invalid", errors);
	}

	ReviewApiAnswers.FieldError error(String field, String code, Object... args) {
		return new ReviewApiAnswers.FieldError(field, code, vi(code, args),
				messages.getMessage(code, args, Locale.ENGLISH));
	}

	String vi(String key, Object... args) {
		return messages.getMessage(key, args, Languages.VIETNAMESE);
	}

	static String money(long dong) {
		return String.format(Locale.GERMANY, "%,d đ", dong);
	}

}
