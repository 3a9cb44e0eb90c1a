package vn.giamngheo.poverty.facts;

/**
 * Latrine types. Hygienic ones per the domain README 1.5 indicator 10 (weak; the source's
 * list is incomplete and the Ministry of Health standard it rests on has not been
 * checked).
 */
public enum LatrineType {

	SEPTIC_TANK(true), // tự hoại
	SEMI_SEPTIC_TANK(true), // bán tự hoại
	POUR_FLUSH(true), // dội nước
	VENTILATED_IMPROVED_PIT(true), // chìm có ống thông hơi
	DOUBLE_VAULT(true), // hai ngăn
	SIMPLE_PIT(false), HANGING(false), // cầu tiêu ao cá
	NONE(false), OTHER(false);

	private final boolean hygienic;

	LatrineType(boolean hygienic) {
		this.hygienic = hygienic;
	}

	public boolean isHygienic() {
		return hygienic;
	}

}
