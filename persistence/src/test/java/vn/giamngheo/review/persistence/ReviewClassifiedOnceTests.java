package vn.giamngheo.review.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.MemberFacts;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.testsupport.Fixtures;
import vn.giamngheo.testsupport.LateEntryTestData;

/**
 * A review save classifies its inputs once (issue 10: the entry page classified, then the
 * save again, and the API saved, then classified again for its answer). A counting
 * classifier replaces the real one: a save without a classification calls it once and
 * returns the result; a save passing its own classification of the same inputs calls it
 * not at all; a classification made under another standard is not trusted.
 * <p>
 * The 2038 campaign (this branch's test year) applies a stored national version whose
 * floor area per person is 10 m²: the household below is poor under it and near-poor
 * under Decree 07, so the stored cut-off is seen to reach the review.
 */
@SpringBootTest
@Transactional
@Import(ReviewClassifiedOnceTests.Counting.class)
class ReviewClassifiedOnceTests {

	private static final LocalDate REVIEW_DATE = LocalDate.of(2038, 10, 15);

	private static final long INCOME = 1_400_000;

	@TestConfiguration
	static class Counting {

		static final AtomicInteger CALLS = new AtomicInteger();

		@Bean
		@Primary
		ReviewClassifier countingClassifier() {
			return new ReviewClassifier() {
				@Override
				public Classification classify(PovertyStandard standard, ReviewInput in) {
					CALLS.incrementAndGet();
					return super.classify(standard, in);
				}
			};
		}

	}

	@Autowired
	ReviewService reviews;

	@Autowired
	PovertyStandardCatalog catalog;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	Scope official;

	long campaign;

	PovertyStandard stored;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		official = tree.official();
		stored = PovertyStandards.builtIn()
			.find("VN-2022-2025", 1)
			.orElseThrow()
			.toBuilder("TEST-2038-ONCE", 1)
			.valid(LocalDate.of(2038, 1, 1), LocalDate.of(2038, 12, 31))
			.cutoffs(IndicatorCutoffs.of(Map.of("floorAreaPerPersonMin", 10.0), IndicatorCutoffs.DECREE_07_2021))
			.build();
		catalog.save(stored, "test");
		campaign = LateEntryTestData.allowEntry(jdbc, reviews.openCampaign(2038, tree.district().getId(),
				LocalDate.of(2038, 9, 1), LocalDate.of(2038, 12, 14), tree.districtOfficer(), "huyen"));
		Counting.CALLS.set(0);
	}

	@AfterEach
	void forgetTheRolledBackStandard() {
		catalog.refresh();
	}

	/**
	 * Two adults on 18 m², one uninsured, no latrine: HOUSING_AREA only below 10 m² a
	 * person.
	 */
	private static HouseholdFacts facts() {
		return HouseholdFacts.builder(REVIEW_DATE)
			.members(MemberFacts.builder("Thạch Văn A", REVIEW_DATE.minusYears(40)).healthInsuranceCard(false).build(),
					MemberFacts.builder("Sơn Thị B", REVIEW_DATE.minusYears(38)).build())
			.floorArea(18)
			.latrine(LatrineType.NONE)
			.build();
	}

	private ReviewInput input(long household, Classification classification) {
		return new ReviewInput(campaign, household, null, -1, AreaType.RURAL, null, null, INCOME, null, null, facts(),
				Map.of(), "{}", classification);
	}

	private long household(String head) {
		long id = households.register(Fixtures.household(tree.village(), head), official, "xa");
		fixtures.recognise(id, HouseholdCategory.NEAR_POOR);
		return id;
	}

	@Test
	void aSaveClassifiesOnceUnderTheCampaignsStoredVersionAndReturnsTheResult() {
		assertThat(reviews.campaign(campaign, official).standardId()).isEqualTo("TEST-2038-ONCE");
		ReviewEntry.Saved saved = reviews.enter(input(household("Kim Văn C"), null), official, "xa");

		assertThat(Counting.CALLS).hasValue(1);
		assertThat(saved.classification().standardId()).isEqualTo("TEST-2038-ONCE");
		assertThat(saved.classification().category()).isEqualTo(PovertyCategory.POOR);
		assertThat(reviews.review(saved.id(), official).category()).isEqualTo(PovertyCategory.POOR);
		assertThat(PovertyStandards.builtIn()
			.find("VN-2022-2025", 1)
			.orElseThrow()
			.categoryFromFacts(AreaType.RURAL, INCOME, facts())).isEqualTo(PovertyCategory.NEAR_POOR);
	}

	@Test
	void theCallersClassificationOfTheSameInputsIsStoredWithoutClassifyingAgain() {
		Classification shown = stored.classify(AreaType.RURAL, INCOME, facts(), Map.of());
		ReviewEntry.Saved saved = reviews.enter(input(household("Lâm Văn D"), shown), official, "xa");

		assertThat(Counting.CALLS).hasValue(0);
		assertThat(saved.classification()).isSameAs(shown);
		assertThat(jdbc.queryForObject("SELECT array_to_string(deficiencies, ',') FROM household_review WHERE id = ?",
				String.class, saved.id()))
			.isEqualTo(String.join(",", shown.deficiencyCodes()));
	}

	@Test
	void aClassificationUnderAnotherStandardIsNotTrusted() {
		Classification other = PovertyStandards.builtIn()
			.find("VN-2022-2025", 1)
			.orElseThrow()
			.classify(AreaType.RURAL, INCOME, facts(), Map.of());
		ReviewEntry.Saved saved = reviews.enter(input(household("Sơn Văn E"), other), official, "xa");

		assertThat(Counting.CALLS).hasValue(1);
		assertThat(saved.classification().standardId()).isEqualTo("TEST-2038-ONCE");
		assertThat(reviews.review(saved.id(), official).category()).isEqualTo(PovertyCategory.POOR);
	}

}
