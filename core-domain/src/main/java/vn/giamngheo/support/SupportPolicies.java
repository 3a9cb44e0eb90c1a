package vn.giamngheo.support;

import static vn.giamngheo.household.HouseholdCategory.NEAR_POOR;
import static vn.giamngheo.household.HouseholdCategory.POOR;

/**
 * The national policies for poor and near-poor households as small named rules: the
 * written reference of the catalogue seeded by migration V5. The application reads
 * eligibility from the stored catalogue (so a change of text reaches it as data);
 * {@code SupportServiceTests} checks that every seeded entry named here carries exactly
 * this rule, so the seed cannot drift from the law without a test failing. That check is
 * this class's only caller, by design. Figures marked unverified in the domain reference
 * (section 3) are not encoded.
 */
public final class SupportPolicies {

	private SupportPolicies() {
	}

	/**
	 * Health-insurance premium support (hỗ trợ mua thẻ BHYT): members of poor households,
	 * and of near-poor households. Decree 146/2018/NĐ-CP as amended by Decree
	 * 75/2023/NĐ-CP.
	 */
	public static final Eligibility HEALTH_INSURANCE = Eligibility.of(POOR, NEAR_POOR);

	/**
	 * Electricity support (hỗ trợ tiền điện): poor households, and social-protection
	 * households that use no more than 50 kWh a month; 30 kWh at the tier-1 price a
	 * month, paid quarterly. Decision 28/2014/QĐ-TTg. Near-poor households are not
	 * covered.
	 */
	public static final Eligibility ELECTRICITY = Eligibility.of(POOR).withFlags(HouseholdFlag.SOCIAL_PROTECTION);

	/**
	 * Tuition exemption and study-cost support for pupils of poor and near-poor
	 * households. Decree 81/2021/NĐ-CP, replaced by Decree 238/2025/NĐ-CP from 3 Sep
	 * 2025.
	 */
	public static final Eligibility TUITION = Eligibility.of(POOR, NEAR_POOR);

	/**
	 * VBSP loans to poor households. Decree 78/2002/NĐ-CP; VBSP now governed by Decree
	 * 06/2026/NĐ-CP.
	 */
	public static final Eligibility POOR_HOUSEHOLD_LOAN = Eligibility.of(POOR);

	/**
	 * VBSP loans to near-poor households, up to 130% of the poor-household rate. Decision
	 * 15/2013/QĐ-TTg.
	 */
	public static final Eligibility NEAR_POOR_HOUSEHOLD_LOAN = Eligibility.of(NEAR_POOR);

	/**
	 * VBSP loans to newly escaped households (hộ mới thoát nghèo): households that left
	 * the poor or near-poor list no more than 3 years ago, at 125% of the poor-household
	 * rate, terms up to 5 years. Decision 28/2015/QĐ-TTg.
	 */
	public static final Eligibility NEWLY_ESCAPED_LOAN = new Eligibility(java.util.Set.of(), java.util.Set.of(), 3);

	/**
	 * Housing support for poor and near-poor households (NTP 2021–2025 Project 5,
	 * Decision 90/QĐ-TTg; procedure in Circular 01/2022/TT-BXD). Amounts are unverified
	 * and kept as catalogue data.
	 */
	public static final Eligibility HOUSING = Eligibility.of(POOR, NEAR_POOR);

	/**
	 * Nutrition (NTP Project 3, sub-project 2): children under 16 in poor, near-poor and
	 * newly escaped households. The age limit is checked against the member, not here.
	 */
	public static final Eligibility NUTRITION = Eligibility.of(POOR, NEAR_POOR).withEscapedWithin(3);

	/**
	 * Tết allowances are local decisions (domain reference 3.6): poor and near-poor
	 * households by default.
	 */
	public static final Eligibility TET_ALLOWANCE = Eligibility.of(POOR, NEAR_POOR);

}
