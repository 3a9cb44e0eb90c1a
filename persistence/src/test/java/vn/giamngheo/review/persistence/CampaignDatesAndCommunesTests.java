package vn.giamngheo.review.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.poverty.StandardStatus;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Issue 14: campaign dates are enforced on review entry, with an audited late-entry
 * window granted by the campaign's owner; and a campaign may be opened for a chosen set
 * of its area's communes, which alone see it.
 */
@SpringBootTest
@Transactional
class CampaignDatesAndCommunesTests {

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewCampaigns campaigns;

	@Autowired
	LateEntries lateEntries;

	@Autowired
	HouseholdService households;

	@Autowired
	PovertyStandardCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Fixtures.Tree tree;

	LocalDate today;

	@Autowired
	Fixtures fixtures;

	@Autowired
	vn.giamngheo.review.persistence.sheet.ReviewSheets sheets;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		today = LocalDate.now(clock);
		// No national standard reaches 2031–2032 yet: the fixture's province has its own,
		// so its campaigns open.
		var national = catalog.standards().find("VN-2027-2030", 1).orElseThrow();
		catalog.save(national.toBuilder(tree.province().getCode() + "-2031", 1)
			.jurisdiction(tree.province().getCode())
			.validFrom(LocalDate.of(2031, 1, 1))
			.validTo(LocalDate.of(2032, 12, 31))
			.status(StandardStatus.ACTIVE)
			.build(), "test");
	}

	@AfterEach
	void dropCachedStandard() {
		catalog.refresh();
	}

	private long open(int year, LocalDate from, LocalDate to, Set<Long> communes) {
		return reviews.openCampaign(year, tree.district().getId(), ReviewCampaigns.Purpose.ANNUAL, from, to, communes,
				tree.districtOfficer(), "huyen");
	}

	private ReviewInput input(long campaign, long household) {
		Map<String, Boolean> entered = new java.util.HashMap<>();
		catalog.standards()
			.find(tree.province().getCode() + "-2031", 1)
			.orElseThrow()
			.indicatorCodes()
			.forEach(code -> entered.put(code, false));
		return new ReviewInput(campaign, household, null, -1, AreaType.RURAL, null, null, 4_000_000L, null, null, null,
				entered, "{}");
	}

	private long household(vn.giamngheo.area.persistence.Area village, Scope official) {
		return households.register(Fixtures.household(village, "Thạch Thị Mai"), official, "xa");
	}

	@Test
	void aReviewIsRefusedOutsideTheCampaignDatesAndTakenWithinALateEntryWindowOfItsCommune() {
		long campaign = open(2031, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 12, 14), Set.of());
		long household = household(tree.village(), tree.official());
		assertThatThrownBy(() -> reviews.save(input(campaign, household), tree.official(), "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.entry.closed");

		// A window of the other commune opens nothing here; the owner's window of this
		// commune does.
		lateEntries.grant(campaign, tree.otherCommune().getId(), today.plusDays(5), "Xã bị lũ", tree.districtOfficer(),
				"huyen");
		assertThatThrownBy(() -> reviews.save(input(campaign, household), tree.official(), "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.entry.closed");
		lateEntries.grant(campaign, tree.commune().getId(), today.plusDays(5), "  Mất điện cả tuần  ",
				tree.districtOfficer(), "huyen");
		long review = reviews.save(input(campaign, household), tree.official(), "xa");
		reviews.act(review, ReviewAction.SUBMIT, null, null, null, tree.official(), "xa");

		assertThat(lateEntries.windows(campaign)).hasSize(2).last().satisfies(w -> {
			assertThat(w.reason()).isEqualTo("Mất điện cả tuần");
			assertThat(w.opensOn()).isEqualTo(today);
			assertThat(w.until()).isEqualTo(today.plusDays(5));
			assertThat(w.communeName()).isEqualTo("Ngãi Xuyên");
		});
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM audit_event WHERE actor = 'huyen' AND action = 'CHANGE'
				AND target LIKE 'review_campaign/' || ? || '/late-entry/%' AND purpose = 'Mất điện cả tuần'""",
				Integer.class, campaign))
			.isEqualTo(1);
	}

	@Test
	void submittingADraftIsRefusedOnceTheCampaignIsOverAndNoWindowIsOpen() {
		long campaign = open(2031, today.minusDays(20), today.minusDays(1), Set.of());
		long household = household(tree.village(), tree.official());
		lateEntries.grant(campaign, null, today, "Một ngày bổ sung", tree.districtOfficer(), "huyen");
		long review = reviews.save(input(campaign, household), tree.official(), "xa");
		// The window ended yesterday (moved back as if time had passed): the draft stays
		// a draft.
		jdbc.update("UPDATE review_late_entry SET opens_on = ?, until = ? WHERE campaign_id = ?", today.minusDays(3),
				today.minusDays(1), campaign);
		assertThatThrownBy(() -> reviews.act(review, ReviewAction.SUBMIT, null, null, null, tree.official(), "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.entry.closed");
	}

	@Test
	void withinTheCampaignDatesAReviewIsTakenWithoutAnyWindow() {
		long campaign = open(2032, today.minusDays(1), today.plusDays(1), Set.of());
		long household = household(tree.village(), tree.official());
		assertThat(reviews.save(input(campaign, household), tree.official(), "xa")).isPositive();
	}

	@Test
	void onlyTheCampaignsOwnerGrantsLateEntryAndOnlyWithAnEndAndAReason() {
		long campaign = open(2031, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 12, 14), Set.of());
		var owner = tree.districtOfficer();
		assertThatThrownBy(() -> lateEntries.grant(campaign, null, today.plusDays(3), "lý do", tree.official(), "xa"))
			.isInstanceOf(OutOfScopeException.class);
		var halfDistrict = new Scope(Role.DISTRICT_OFFICER, Set.of(tree.commune().getId()), null);
		assertThatThrownBy(() -> lateEntries.grant(campaign, null, today.plusDays(3), "lý do", halfDistrict, "h2"))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> lateEntries.grant(campaign, null, null, "lý do", owner, "huyen"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.late.untilRequired");
		assertThatThrownBy(() -> lateEntries.grant(campaign, null, today.minusDays(1), "lý do", owner, "huyen"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.late.untilPast");
		assertThatThrownBy(() -> lateEntries.grant(campaign, null, today.plusDays(3), "   ", owner, "huyen"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.late.reasonRequired");
		assertThatThrownBy(() -> lateEntries.grant(campaign, null, today.plusDays(3), "x".repeat(501), owner, "huyen"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.late.reasonTooLong");
		var stranger = fixtures.tree();
		assertThatThrownBy(() -> lateEntries.grant(campaign, stranger.commune().getId(), today.plusDays(3), "lý do",
				owner, "huyen"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.late.commune");
		assertThat(lateEntries.windows(campaign)).isEmpty();
	}

	@Test
	void aCampaignForChosenCommunesIsNotSeenByTheOthers() {
		long campaign = open(2031, today.minusDays(1), today.plusDays(1), Set.of(tree.commune().getId()));
		assertThat(reviews.campaigns(tree.official())).extracting(c -> c.id()).contains(campaign);
		assertThat(reviews.campaigns(tree.officialOfOtherCommune())).extracting(c -> c.id()).doesNotContain(campaign);
		assertThatThrownBy(() -> reviews.campaign(campaign, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(reviews.communesOf(reviews.campaign(campaign, tree.districtOfficer()), tree.districtOfficer()))
			.extracting(a -> a.id())
			.containsExactly(tree.commune().getId());
		assertThatThrownBy(() -> reviews.worklist(campaign, tree.otherCommune().getId(), tree.districtOfficer()))
			.isInstanceOf(OutOfScopeException.class);
		long other = household(tree.otherVillage(), tree.officialOfOtherCommune());
		assertThatThrownBy(() -> reviews.save(input(campaign, other), tree.officialOfOtherCommune(), "xa2"))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(reviews.save(input(campaign, household(tree.village(), tree.official())), tree.official(), "xa"))
			.isPositive();
	}

	@Test
	void chosenCommunesMustLieUnderTheAreaAndInTheCallersScope() {
		var stranger = fixtures.tree();
		assertThatThrownBy(() -> open(2031, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 12, 14),
				Set.of(tree.commune().getId(), stranger.commune().getId())))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.campaign.communes.outside");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM review_campaign WHERE area_id = ?", Integer.class,
				tree.district().getId()))
			.isZero();
		long whole = open(2031, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 12, 14), Set.of());
		assertThat(reviews.communesOf(reviews.campaign(whole, tree.districtOfficer()), tree.districtOfficer()))
			.hasSize(2);
	}

	@Test
	void anUploadedSheetOutsideTheCampaignDatesReportsEveryRowAndWritesNothing() {
		long campaign = open(2031, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 12, 14), Set.of());
		household(tree.village(), tree.official());
		var rows = java.util.List.of(
				new vn.giamngheo.review.persistence.sheet.SheetRow(4, java.util.List.of("HX1", "Nông thôn", "1200000")),
				new vn.giamngheo.review.persistence.sheet.SheetRow(5, java.util.List.of("", "", "")),
				new vn.giamngheo.review.persistence.sheet.SheetRow(6, java.util.List.of("HX2", "Nông thôn", "900000")));
		var checked = sheets.check(campaign, tree.commune().getId(), rows, tree.official(),
				vn.giamngheo.review.persistence.sheet.SheetProgress.NONE);
		var written = sheets.write(campaign, tree.commune().getId(), rows, tree.official(), "xa",
				vn.giamngheo.review.persistence.sheet.SheetProgress.NONE);
		for (var result : java.util.List.of(checked, written)) {
			assertThat(result.written()).isFalse();
			assertThat(result.errors()).extracting(e -> e.row() + ":" + e.messageKey())
				.containsExactly("4:reviewSheet.error.closed", "6:reviewSheet.error.closed");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household_review WHERE campaign_id = ?", Integer.class,
				campaign))
			.isZero();
	}

}
