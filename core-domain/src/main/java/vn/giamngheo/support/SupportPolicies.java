package vn.giamngheo.support;

import static vn.giamngheo.household.HouseholdCategory.AVERAGE_LIVING;
import static vn.giamngheo.household.HouseholdCategory.NEAR_POOR;
import static vn.giamngheo.household.HouseholdCategory.POOR;

import vn.giamngheo.household.HouseholdCategory;

/**
 * The national policies for poor and near-poor households as small named rules. The catalogue seeded by migration V5
 * carries the same eligibility (a persistence test compares them), and district officers may adjust the stored copy
 * when a text changes; these constants are the reference the seed was written from. Figures marked unverified in the
 * domain reference (section 3) are not encoded.
 */
public final class SupportPolicies {

	private SupportPolicies() {
	}

	/**
	 * Health-insurance premium support (hỗ trợ mua thẻ BHYT): members of poor households, and of near-poor households.
	 * Decree 146/2018/NĐ-CP as amended by Decree 75/2023/NĐ-CP; see {@link #healthInsurancePremiumPercent}.
	 */
	public static final Eligibility HEALTH_INSURANCE = Eligibility.of(POOR, NEAR_POOR);

	/**
	 * Electricity support (hỗ trợ tiền điện): poor households, and social-protection households that use no more than
	 * 50 kWh a month; 30 kWh at the tier-1 price a month, paid quarterly. Decision 28/2014/QĐ-TTg. Near-poor households
	 * are not covered.
	 */
	public static final Eligibility ELECTRICITY = Eligibility.of(POOR).withFlags(HouseholdFlag.SOCIAL_PROTECTION);

	/**
	 * Tuition exemption and study-cost support for pupils of poor and near-poor households. Decree 81/2021/NĐ-CP,
	 * replaced by Decree 238/2025/NĐ-CP from 3 Sep 2025.
	 */
	public static final Eligibility TUITION = Eligibility.of(POOR, NEAR_POOR);

	/** VBSP loans to poor households. Decree 78/2002/NĐ-CP; VBSP now governed by Decree 06/2026/NĐ-CP. */
	public static final Eligibility POOR_HOUSEHOLD_LOAN = Eligibility.of(POOR);

	/** VBSP loans to near-poor households, up to 130% of the poor-household rate. Decision 15/2013/QĐ-TTg. */
	public static final Eligibility NEAR_POOR_HOUSEHOLD_LOAN = Eligibility.of(NEAR_POOR);

	/**
	 * VBSP loans to newly escaped households (hộ mới thoát nghèo): households that left the poor or near-poor list no
	 * more than 3 years ago, at 125% of the poor-household rate, terms up to 5 years. Decision 28/2015/QĐ-TTg.
	 */
	public static final Eligibility NEWLY_ESCAPED_LOAN = new Eligibility(java.util.Set.of(), java.util.Set.of(), 3);

	/**
	 * Housing support for poor and near-poor households (NTP 2021–2025 Project 5, Decision 90/QĐ-TTg; procedure in
	 * Circular 01/2022/TT-BXD). Amounts are unverified and kept as catalogue data.
	 */
	public static final Eligibility HOUSING = Eligibility.of(POOR, NEAR_POOR);

	/**
	 * Nutrition (NTP Project 3, sub-project 2): children under 16 in poor, near-poor and newly escaped households.
	 * The age limit is checked against the member, not here.
	 */
	public static final Eligibility NUTRITION = Eligibility.of(POOR, NEAR_POOR).withEscapedWithin(3);

	/** Tết allowances are local decisions (domain reference 3.6): poor and near-poor households by default. */
	public static final Eligibility TET_ALLOWANCE = Eligibility.of(POOR, NEAR_POOR);

	/**
	 * The share of the health-insurance premium the state budget pays, in percent, under Decree 146/2018/NĐ-CP as
	 * amended by Decree 75/2023/NĐ-CP: 100% for poor households; at least 70% for near-poor households, 100% in poor
	 * districts; at least 30% for average-living households in agriculture, forestry, fishery or salt making; 0
	 * otherwise (children under 6 are insured in full on their own ground, outside this rule).
	 */
	public static int healthInsurancePremiumPercent(HouseholdCategory category, boolean poorDistrict,
			boolean agricultural) {
		return switch (category) {
			case POOR -> 100;
			case NEAR_POOR -> poorDistrict ? 100 : 70;
			case AVERAGE_LIVING -> agricultural ? 30 : 0;
			case NOT_POOR, NOT_REVIEWED -> 0;
		};
	}
}
