package vn.giamngheo.poverty;

/**
 * Where an indicator value came from; an officer's entry overrides the derivation and
 * must stay visible as such.
 */
public enum IndicatorSource {

	DERIVED, // tính từ thông tin rà soát
	ENTERED // cán bộ nhập trực tiếp

}
