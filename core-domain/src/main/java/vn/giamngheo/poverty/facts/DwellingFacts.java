package vn.giamngheo.poverty.facts;

/**
 * The dwelling's three main structures ("ba kết cấu chính": tường, khung–cột, mái) and
 * its floor area.
 *
 * @param floorAreaSquareMetres total usable floor area in m²
 */
public record DwellingFacts(boolean wallsDurable, boolean frameDurable, boolean roofDurable,
		double floorAreaSquareMetres) {

	public DwellingFacts {
		if (!(floorAreaSquareMetres >= 0) || Double.isInfinite(floorAreaSquareMetres)) {
			throw new IllegalArgumentException("floor area must be a finite number ≥ 0, was " + floorAreaSquareMetres);
		}
	}

	public int nonDurableStructures() {
		return (wallsDurable ? 0 : 1) + (frameDurable ? 0 : 1) + (roofDurable ? 0 : 1);
	}
}
