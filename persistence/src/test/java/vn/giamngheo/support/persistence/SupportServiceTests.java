package vn.giamngheo.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.persistence.HouseholdCommand;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.SupportPolicies;
import vn.giamngheo.testsupport.Fixtures;

@SpringBootTest
@Transactional
class SupportServiceTests {

	@Autowired
	Disbursements support;

	@Autowired
	BulkDisbursements bulkSupport;

	@Autowired
	SupportCatalogue catalogue;

	@Autowired
	LoanService loans;

	@Autowired
	SupportQueries queries;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	long poor;

	long notPoor;

	static final LocalDate TET = LocalDate.of(2024, 1, 25);

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		poor = households.register(Fixtures.household(tree.village(), "Thạch Sô Phol"), tree.official(), "t");
		fixtures.recognise(poor, HouseholdCategory.POOR);
		HouseholdCommand average = new HouseholdCommand(null, tree.village().getId(), "Tổ 2", "Kim Thị Hoa",
				vn.giamngheo.household.Ethnicity.KINH, null, false, false, false, false);
		notPoor = households.register(average, tree.official(), "t");
		fixtures.recognise(notPoor, HouseholdCategory.NOT_POOR);
	}

	DisbursementCommand tet(long household, String override) {
		return new DisbursementCommand(household, null, catalogue.byCode("TET").id(), TET, 500_000L, null,
				FundingSource.DISTRICT_BUDGET, "QĐ 25/QĐ-UBND", false, override);
	}

	@Test
	void cachedTotalsCountARecordFromTheMomentItIsWritten() {
		var filter = new SupportQueries.Filter(null, null, null, null, null);
		var before = queries.totals(filter, SupportQueries.GroupBy.PROGRAM, tree.official());
		assertThat(queries.totals(filter, SupportQueries.GroupBy.PROGRAM, tree.official())).as("cached")
			.isSameAs(before);
		support.record(tet(poor, null), tree.official(), "xa");
		var after = queries.totals(filter, SupportQueries.GroupBy.PROGRAM, tree.official());
		assertThat(after.all().records()).isEqualTo(before.all().records() + 1);
		assertThat(after.all().amount()).isEqualTo(before.all().amount() + 500_000L);
	}

	@Test
	void theSeededCatalogueCarriesTheNamedPolicies() {
		assertThat(catalogue.byCode("BHYT").eligibility()).isEqualTo(SupportPolicies.HEALTH_INSURANCE);
		assertThat(catalogue.byCode("TIEN-DIEN").eligibility()).isEqualTo(SupportPolicies.ELECTRICITY);
		assertThat(catalogue.byCode("HOC-PHI").eligibility()).isEqualTo(SupportPolicies.TUITION);
		assertThat(catalogue.byCode("VAY-HN").eligibility()).isEqualTo(SupportPolicies.POOR_HOUSEHOLD_LOAN);
		assertThat(catalogue.byCode("VAY-HCN").eligibility()).isEqualTo(SupportPolicies.NEAR_POOR_HOUSEHOLD_LOAN);
		assertThat(catalogue.byCode("VAY-MTN").eligibility()).isEqualTo(SupportPolicies.NEWLY_ESCAPED_LOAN);
		assertThat(catalogue.byCode("NTP-DA3-TDA2").eligibility()).isEqualTo(SupportPolicies.NUTRITION);
		assertThat(catalogue.byCode("NHA-O").eligibility()).isEqualTo(SupportPolicies.HOUSING);
		assertThat(catalogue.byCode("NTP-DA5").eligibility()).isEqualTo(SupportPolicies.HOUSING);
		assertThat(catalogue.byCode("TET").eligibility()).isEqualTo(SupportPolicies.TET_ALLOWANCE);
		assertThat(catalogue.byCode("NTP-DA3-TDA2").parentId()).isEqualTo(catalogue.byCode("NTP-DA3").id());
		assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(25);
	}

	@Test
	void aDuplicateIsRefusedUntilAnOfficerGivesAReason() {
		support.record(tet(poor, null), tree.official(), "xa");
		assertThatThrownBy(() -> support.record(tet(poor, null), tree.official(), "xa"))
			.isInstanceOfSatisfying(DuplicateBenefit.class, d -> assertThat(d.existing()).hasSize(1));
		// A gift in December belongs to the same Tết as one in January.
		var december = new DisbursementCommand(poor, null, catalogue.byCode("TET").id(), LocalDate.of(2023, 12, 20),
				500_000L, null, FundingSource.DISTRICT_BUDGET, "QĐ 1", false, null);
		assertThatThrownBy(() -> support.record(december, tree.official(), "xa")).isInstanceOf(DuplicateBenefit.class);
		assertThatThrownBy(() -> support.record(tet(poor, "ngắn"), tree.official(), "xa"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("overrideReason"));
		long id = support.record(tet(poor, "Hộ bị cháy nhà, UBND xã quyết định hỗ trợ thêm"), tree.official(), "xa");
		assertThat(
				jdbc.queryForObject("SELECT override_reason FROM support_disbursement WHERE id = ?", String.class, id))
			.startsWith("Hộ bị cháy nhà");
	}

	@Test
	void anIneligibleHouseholdNeedsTheWarningAccepted() {
		assertThatThrownBy(() -> support.record(tet(notPoor, null), tree.official(), "xa")).isInstanceOfSatisfying(
				EligibilityWarning.class,
				w -> assertThat(w.reason().messageKey()).isEqualTo("support.ineligible.category"));
		var accepted = new DisbursementCommand(notPoor, null, catalogue.byCode("TET").id(), TET, 500_000L, null,
				FundingSource.DISTRICT_BUDGET, "QĐ 25", true, null);
		long id = support.record(accepted, tree.official(), "xa");
		assertThat(jdbc.queryForObject("SELECT eligibility_warning FROM support_disbursement WHERE id = ?",
				String.class, id))
			.isEqualTo("support.ineligible.category");
	}

	@Test
	void aNewlyRegisteredHouseholdIsNotPoorSoPoorOnlySupportNeedsTheWarning() {
		long fresh = households.register(Fixtures.household(tree.village(), "Thạch Thị Mới"), tree.official(), "t");
		assertThat(jdbc.queryForObject("SELECT category FROM household WHERE id = ?", String.class, fresh))
			.isEqualTo("NOT_REVIEWED");
		assertThatThrownBy(() -> support.record(tet(fresh, null), tree.official(), "xa")).isInstanceOfSatisfying(
				EligibilityWarning.class,
				w -> assertThat(w.reason().messageKey()).isEqualTo("support.ineligible.category"));
	}

	@Test
	void householdsOfAnotherCommuneAreOutOfScope() {
		assertThatThrownBy(() -> support.record(tet(poor, null), tree.officialOfOtherCommune(), "kim"))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> support.disbursementsOf(poor, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
		var bulk = new BulkCommand(tree.commune().getId(), Set.of(HouseholdCategory.POOR), catalogue.byCode("TET").id(),
				TET, 500_000L, null, FundingSource.DISTRICT_BUDGET, "QĐ");
		assertThatThrownBy(() -> bulkSupport.previewBulk(bulk, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void bulkRecordsEveryPoorHouseholdOnceAndSkipsThoseAlreadyGiven() {
		long second = households.register(Fixtures.household(tree.village(), "Sơn Thị Ni"), tree.official(), "t");
		fixtures.recognise(second, HouseholdCategory.POOR);
		support.record(tet(poor, null), tree.official(), "xa");
		var bulk = new BulkCommand(tree.commune().getId(), Set.of(HouseholdCategory.POOR), catalogue.byCode("TET").id(),
				TET, 500_000L, null, FundingSource.DISTRICT_BUDGET, "QĐ 25/QĐ-UBND");
		var preview = bulkSupport.previewBulk(bulk, tree.official());
		assertThat(preview.rows()).hasSize(2);
		assertThat(preview.recordCount()).isEqualTo(1);
		assertThat(preview.totalAmount()).isEqualTo(500_000L);
		var result = bulkSupport.recordBulk(bulk, Set.of(poor, second, notPoor), tree.official(), "xa");
		assertThat(result.recorded()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM support_disbursement WHERE household_id = ?", Long.class,
				second))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM support_disbursement WHERE household_id = ?", Long.class,
				notPoor))
			.isZero();
	}

	@Test
	void goodsNeedAQuantityAndCashAnAmount() {
		var rice = new DisbursementCommand(poor, null, catalogue.byCode("GAO").id(), TET, null, null,
				FundingSource.NATIONAL_RESERVE, "QĐ", false, null);
		assertThatThrownBy(() -> support.record(rice, tree.official(), "xa")).isInstanceOfSatisfying(FieldProblem.class,
				p -> assertThat(p.field()).isEqualTo("quantity"));
		var wrongSource = new DisbursementCommand(poor, null, catalogue.byCode("GAO").id(), TET, null,
				new BigDecimal("20"), FundingSource.DONATIONS, "QĐ", false, null);
		assertThatThrownBy(() -> support.record(wrongSource, tree.official(), "xa"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("fundingSource"));
	}

	@Test
	void loansAddUpToBalancesByProgram() {
		long program = catalogue.byCode("VAY-HN").id();
		loans.create(new LoanCommand(poor, program, LocalDate.of(2024, 3, 1), 50_000_000, LoanStatus.LENT, 50_000_000L,
				LocalDate.of(2024, 3, 20), LocalDate.of(2029, 3, 20), 40_000_000), tree.official(), "xa");
		assertThatThrownBy(
				() -> loans.create(
						new LoanCommand(poor, program, LocalDate.of(2024, 3, 1), 50_000_000, LoanStatus.LENT,
								50_000_000L, LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 1), 0),
						tree.official(), "xa"))
			.isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("dueOn"));
		assertThat(loans.balances(null, tree.official())).singleElement()
			.satisfies(b -> assertThat(b.balance()).isEqualTo(40_000_000L));
		assertThat(loans.balances(null, tree.officialOfOtherCommune())).isEmpty();
	}

	@Test
	void onlyDistrictOfficersChangeTheCatalogue() {
		var p = catalogue.byCode("TET");
		var command = new ProgramCommand("TET-XA", "Quà Tết của xã", p.kind(), null, null, p.unit(), p.beneficiary(),
				Set.of(HouseholdCategory.POOR), Set.of(), 0, p.duplicatePeriod(), Set.of(FundingSource.COMMUNE_BUDGET),
				null, 300_000L, true);
		assertThatThrownBy(() -> catalogue.create(command, tree.official(), "xa"))
			.isInstanceOf(OutOfScopeException.class);
		long id = catalogue.create(command, tree.districtOfficer(), "huyen");
		assertThat(catalogue.get(id).defaultAmount()).isEqualTo(300_000L);
		assertThatThrownBy(() -> catalogue.update(id, 99, command, tree.districtOfficer(), "huyen"))
			.isInstanceOf(vn.giamngheo.shared.persistence.ConcurrentEditException.class);
	}

	@Test
	void aDistrictOfficerChangesOnlyProgramsOfTheirOwnCommunesNeverAnotherDistrictsOrTheNationalOnes() {
		var p = catalogue.byCode("TET");
		var command = new ProgramCommand("TET-HUYEN-RIENG", "Quà Tết của huyện", p.kind(), null, null, p.unit(),
				p.beneficiary(), Set.of(HouseholdCategory.POOR), Set.of(), 0, p.duplicatePeriod(),
				Set.of(FundingSource.DISTRICT_BUDGET), null, 300_000L, true);
		long id = catalogue.create(command, tree.districtOfficer(), "huyen");
		var otherDistrict = new vn.giamngheo.account.Scope(vn.giamngheo.account.Role.DISTRICT_OFFICER, Set.of(-1L),
				null);
		var renamed = new ProgramCommand("TET-HUYEN-RIENG", "Đổi tên", p.kind(), null, null, p.unit(), p.beneficiary(),
				Set.of(HouseholdCategory.POOR), Set.of(), 0, p.duplicatePeriod(), Set.of(FundingSource.DISTRICT_BUDGET),
				null, 300_000L, false);
		assertThatThrownBy(() -> catalogue.update(id, 0, renamed, otherDistrict, "huyen.khac"))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(catalogue.get(id).name()).isEqualTo("Quà Tết của huyện");
		assertThat(catalogue.get(id).active()).isTrue();
		assertThatThrownBy(() -> catalogue.update(p.id(), p.version(), renamed, tree.districtOfficer(), "huyen"))
			.as("national catalogue")
			.isInstanceOf(OutOfScopeException.class);
		catalogue.update(id, 0, renamed, tree.districtOfficer(), "huyen");
		assertThat(catalogue.get(id).name()).isEqualTo("Đổi tên");
		assertThat(catalogue.mayChange(id, otherDistrict)).isFalse();
		assertThat(catalogue.mayChange(id, tree.districtOfficer())).isTrue();
	}

}
