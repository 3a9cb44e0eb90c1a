package vn.giamngheo.review.persistence.sheet;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.CommuneLists;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * A commune's review sheet: the data to pre-fill it, and an uploaded sheet checked in
 * full (dry run) and then written in one transaction. Nothing is written while any cell
 * is bad, and every bad cell is reported with its row and column; the write checks
 * everything again inside its transaction, so a list locked or a review edited meanwhile
 * still stops it, and a failure half-way rolls it all back.
 *
 * <p>
 * The columns mean what {@link ReviewService#save} stores: the campaign's standard
 * classifies the per-capita income and the deficiencies marked "X", the outcome compares
 * with the household's category when its review was first created, and "poor earlier"
 * means a poverty assessment of that category dated before the campaign started.
 * Everything a sheet needs is read in a handful of set-based queries and written with
 * JDBC batches, so a sheet of 10,000 households is checked and written in a few seconds.
 */
@Service
@Transactional
public class ReviewSheets {

	/**
	 * The household rows of a sheet, pre-filled from its review in the campaign or its
	 * last assessment.
	 */
	public record SheetData(Campaign campaign, long communeId, String communeName, AreaType communeAreaType,
			PovertyStandard standard, SheetLayout layout, List<PrefilledRow> rows) {
	}

	/**
	 * @param reviewVersion the version of the household's review in the campaign, or null
	 * when it has none yet
	 */
	public record PrefilledRow(long householdId, Long reviewVersion, String code, String headName, String village,
			int memberCount, AreaType areaType, Long monthlyIncomePerCapita, Set<String> deficiencies,
			ReviewState state) {
	}

	/**
	 * @param rows household rows in the file
	 * @param toWrite rows that will be (or were) written; the others were left empty
	 */
	public record Result(int rows, int toWrite, int created, int updated, List<CellError> errors, boolean written) {

		public boolean ok() {
			return errors.isEmpty();
		}

		public int skipped() {
			return rows - toWrite;
		}
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewService reviews;

	private final AreaQueries areas;

	private final PovertyStandardCatalog standards;

	private final CommuneLists lists;

	private final SheetCheck checker;

	private final SheetWrite writer;

	private final vn.giamngheo.review.persistence.CampaignCommunes communes;

	private final vn.giamngheo.review.persistence.LateEntries lateEntries;

	public ReviewSheets(NamedParameterJdbcTemplate jdbc, ReviewService reviews, AreaQueries areas,
			PovertyStandardCatalog standards, CommuneLists lists, SheetCheck checker, SheetWrite writer,
			vn.giamngheo.review.persistence.CampaignCommunes communes,
			vn.giamngheo.review.persistence.LateEntries lateEntries) {
		this.communes = communes;
		this.lateEntries = lateEntries;
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.areas = areas;
		this.standards = standards;
		this.lists = lists;
		this.checker = checker;
		this.writer = writer;
	}

	/**
	 * What identifies a commune's sheet in a campaign: its layout follows the campaign's
	 * standard.
	 */
	public record SheetInfo(Campaign campaign, long communeId, String communeName, PovertyStandard standard,
			SheetLayout layout) {

		/**
		 * Written into the sheet (hidden cell A3) so that a sheet of another commune or
		 * campaign is refused.
		 */
		public String signature() {
			return "GN-RS:" + campaign.id() + ":" + communeId + ":" + standard.id() + ":" + standard.version();
		}
	}

	// ---- download
	// ---------------------------------------------------------------------------------------------

	/**
	 * The caller may open this commune's sheet: checks scope and finds the campaign's
	 * standard.
	 */
	@Transactional(readOnly = true)
	public SheetInfo info(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		PovertyStandard standard = standardOf(campaign);
		return new SheetInfo(campaign, communeId, areas.get(communeId).name(), standard,
				new SheetLayout(standard.indicatorCodes()));
	}

	@Transactional(readOnly = true)
	public SheetData sheet(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		PovertyStandard standard = standardOf(campaign);
		var commune = areas.get(communeId);
		AreaType communeType = commune.areaType() == null ? AreaType.RURAL : commune.areaType();
		List<PrefilledRow> rows = jdbc.query("""
				SELECT h.id, h.code, h.head_name, v.name AS village, h.member_count, r.version, r.state, r.area_type,
				       coalesce(r.monthly_income_per_capita, a.monthly_income_per_capita) AS income,
				       coalesce(r.deficiencies, a.deficiencies) AS deficiencies,
				       coalesce(r.area_type, a.area_type) AS area_type_known, r.member_count AS review_members
				FROM household h JOIN area v ON v.id = h.village_id
				LEFT JOIN household_review r ON r.household_id = h.id AND r.campaign_id = :campaign
				LEFT JOIN LATERAL (SELECT pa.monthly_income_per_capita, pa.deficiencies, pa.area_type
				                   FROM poverty_assessment pa WHERE pa.household_id = h.id
				                   ORDER BY pa.assessed_on DESC, pa.id DESC LIMIT 1) a ON r.id IS NULL
				WHERE h.commune_id = :commune
				ORDER BY h.sort_key, h.id""",
				new MapSqlParameterSource("campaign", campaignId).addValue("commune", communeId), (rs, i) -> {
					Array d = rs.getArray("deficiencies");
					Set<String> deficiencies = new LinkedHashSet<>(
							d == null ? List.of() : Arrays.asList((String[]) d.getArray()));
					deficiencies.retainAll(standard.indicatorCodes());
					String known = rs.getString("area_type_known");
					Integer reviewMembers = (Integer) rs.getObject("review_members");
					return new PrefilledRow(rs.getLong("id"), (Long) rs.getObject("version"), rs.getString("code"),
							rs.getString("head_name"), rs.getString("village"),
							reviewMembers != null ? reviewMembers : rs.getInt("member_count"),
							known == null ? communeType : AreaType.valueOf(known), (Long) rs.getObject("income"),
							deficiencies,
							rs.getString("state") == null ? null : ReviewState.valueOf(rs.getString("state")));
				});
		return new SheetData(campaign, communeId, commune.name(), communeType, standard,
				new SheetLayout(standard.indicatorCodes()), rows);
	}

	// ---- upload
	// -----------------------------------------------------------------------------------------------

	/** The dry run: every check, nothing written. */
	@Transactional(readOnly = true)
	public Result check(long campaignId, long communeId, List<SheetRow> rows, Scope scope, SheetProgress progress) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		requireMayEdit(scope, communeId);
		List<CellError> errors = new ArrayList<>();
		if (closed(campaign, communeId, rows, errors)) {
			return new Result(countRows(rows), 0, 0, 0, sorted(errors), false);
		}
		List<SheetCheck.Checked> checked = checker.checkAll(campaign, standardOf(campaign), communeId, rows, errors,
				progress);
		return new Result(countRows(rows), checked.size(), 0, 0, sorted(errors), false);
	}

	/**
	 * Checks again and, if every cell is good, writes every row in this one transaction:
	 * new reviews as drafts, existing drafts and returned reviews updated from the
	 * version the sheet was made from. Any failure rolls back the whole sheet.
	 */
	public Result write(long campaignId, long communeId, List<SheetRow> rows, Scope scope, String user,
			SheetProgress progress) {
		Campaign campaign = campaignFor(campaignId, communeId, scope);
		requireMayEdit(scope, communeId);
		// Serialise uploads of one commune's list with every step of the list: all take
		// the list's row lock, and
		// what is checked below is what the list holds once this upload has it.
		lists.lock(campaign, communeId);
		List<CellError> errors = new ArrayList<>();
		if (closed(campaign, communeId, rows, errors)) {
			return new Result(countRows(rows), 0, 0, 0, sorted(errors), false);
		}
		List<SheetCheck.Checked> checked = checker.checkAll(campaign, standardOf(campaign), communeId, rows, errors,
				progress);
		if (!errors.isEmpty()) {
			return new Result(countRows(rows), checked.size(), 0, 0, sorted(errors), false);
		}
		List<SheetCheck.Checked> inserts = checked.stream().filter(c -> c.existing() == null).toList();
		List<SheetCheck.Checked> updates = checked.stream().filter(c -> c.existing() != null).toList();
		int total = checked.size();
		writer.insert(campaign, communeId, inserts, user, progress, total);
		writer.update(updates, user, progress, inserts.size(), total);
		progress.at("write", total, total);
		return new Result(countRows(rows), total, inserts.size(), updates.size(), List.of(), true);
	}

	// ---- helpers
	// ----------------------------------------------------------------------------------------------

	/**
	 * Outside the campaign's dates and late-entry windows (issue 14, item 3) every
	 * household row of the sheet is reported, so the official sees that nothing of it can
	 * be written, and why.
	 */
	private boolean closed(Campaign campaign, long communeId, List<SheetRow> rows, List<CellError> errors) {
		if (lateEntries.isOpen(campaign, communeId)) {
			return false;
		}
		rows.stream()
			.filter(r -> !r.blank())
			.forEach(r -> errors.add(new CellError(r.row(), "", "", "reviewSheet.error.closed")));
		return true;
	}

	private Campaign campaignFor(long campaignId, long communeId, Scope scope) {
		Campaign campaign = reviews.campaign(campaignId, scope);
		if (!scope.covers(communeId) || !communes.of(campaign).contains(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope or the campaign");
		}
		return campaign;
	}

	private static void requireMayEdit(Scope scope, long communeId) {
		if (!scope.mayEditHouseholds() || !scope.covers(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " may not be edited by the caller");
		}
	}

	private PovertyStandard standardOf(Campaign campaign) {
		return standards.standards()
			.find(campaign.standardId(), campaign.standardVersion())
			.orElseThrow(() -> new IllegalStateException("standard of campaign " + campaign.id() + " missing"));
	}

	private static List<CellError> sorted(List<CellError> errors) {
		errors.sort(java.util.Comparator.comparingInt(CellError::row)
			.thenComparingInt(e -> e.column().length())
			.thenComparing(CellError::column));
		return List.copyOf(errors);
	}

	private static int countRows(List<SheetRow> rows) {
		return (int) rows.stream().filter(r -> !r.blank()).count();
	}

}
