package vn.giamngheo.area;

/**
 * Whether a commune counts as rural or urban for the poverty line. Decree 07/2021/NĐ-CP,
 * Art. 3(1), sets a different income line for each; since Decree 351/2025/NĐ-CP the urban
 * line is called "đô thị".
 */
public enum AreaType {

	RURAL, // nông thôn
	URBAN // thành thị / đô thị

}
