package vn.giamngheo.review.persistence.sheet;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.ReviewWriter;
import vn.giamngheo.review.persistence.ReviewWriter.SheetCorrection;
import vn.giamngheo.review.persistence.ReviewWriter.SheetFigures;

/**
 * Writes the checked rows of a sheet with JDBC batches ({@link ReviewWriter}), inside the
 * caller's transaction and under the list's row lock: new reviews as drafts, existing
 * drafts and returned reviews from the version the sheet was made from. A row changed
 * since the check makes the whole sheet roll back.
 */
@Component
class SheetWrite {

	private final ReviewWriter writer;

	SheetWrite(ReviewWriter writer) {
		this.writer = writer;
	}

	void insert(Campaign campaign, long communeId, List<SheetCheck.Checked> rows, String user, SheetProgress progress,
			int total) {
		if (rows.isEmpty()) {
			return;
		}
		List<SheetFigures> figures = rows.stream().map(SheetWrite::figures).toList();
		writer.insertFromSheet(campaign.id(), campaign.year(), communeId, figures, user,
				written -> progress.at("write", written, total));
	}

	void update(List<SheetCheck.Checked> rows, String user, SheetProgress progress, int doneBefore, int total) {
		if (rows.isEmpty()) {
			return;
		}
		writer.correctFromSheet(rows.stream()
			.map(c -> new SheetCorrection(c.existing().id(), c.existing().state(), c.existing().version(), figures(c)))
			.toList(), user, written -> progress.at("write", doneBefore + written, total));
	}

	private static SheetFigures figures(SheetCheck.Checked c) {
		return new SheetFigures(c.household().id(), c.areaType(), c.members(), c.income(), entered(c.marks()),
				c.classification(), c.before(), c.outcome());
	}

	/**
	 * The same form as {@link ReviewService#save} stores: CODE=true|false, sorted by
	 * code.
	 */
	private static String entered(Map<String, Boolean> marks) {
		return marks.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(","));
	}

}
