package vn.giamngheo.shared.web;

/**
 * The message key in the wording of the caller's tier: the province's ("Sở", "tỉnh")
 * where the caller's province has no district, else the district's ("huyện"). Implemented
 * by the review feature's {@code TierLabels}, which knows the provinces' approval chains;
 * declared here so that the household register can word its messages without depending on
 * the review feature, which itself depends on the register (issue 10, ModularityTests).
 */
public interface TierWording {

	/**
	 * The province variant {@code base + ".province"} where the caller's province has no
	 * district, else base.
	 */
	String key(String base);

}
