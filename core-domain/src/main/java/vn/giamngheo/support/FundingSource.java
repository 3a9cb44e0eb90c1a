package vn.giamngheo.support;

/**
 * Where the money or goods came from; the seed reports total support by these sources.
 */
public enum FundingSource {

	CENTRAL_BUDGET, // ngân sách trung ương
	PROVINCIAL_BUDGET, // ngân sách tỉnh
	DISTRICT_BUDGET, // ngân sách huyện
	COMMUNE_BUDGET, // ngân sách xã
	DONATIONS, // vận động, Quỹ vì người nghèo, nhà hảo tâm
	SOCIAL_POLICY_BANK, // Ngân hàng Chính sách xã hội (VBSP)
	NATIONAL_RESERVE // dự trữ quốc gia (gạo cứu đói)

}
