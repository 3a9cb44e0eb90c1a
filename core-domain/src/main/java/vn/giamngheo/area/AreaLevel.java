package vn.giamngheo.area;

/**
 * Tiers of the administrative tree; DISTRICT is historical since 1 July 2025 (Resolution
 * 202/2025/QH15).
 */
public enum AreaLevel {

	PROVINCE, DISTRICT, COMMUNE, VILLAGE;

	/**
	 * The tier a unit of this level may hang under; communes may hang directly under a
	 * province after the reform.
	 */
	public boolean mayHaveParent(AreaLevel parent) {
		return switch (this) {
			case PROVINCE -> parent == null;
			case DISTRICT -> parent == PROVINCE;
			case COMMUNE -> parent == DISTRICT || parent == PROVINCE;
			case VILLAGE -> parent == COMMUNE;
		};
	}

}
