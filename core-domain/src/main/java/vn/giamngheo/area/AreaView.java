package vn.giamngheo.area;

import java.time.LocalDate;

/**
 * One administrative unit as the other features read it (issue 10): a value, so that no
 * feature outside {@code area} holds the JPA entity or its repository and none can change
 * the tree by accident. The accessor names are the entity's property names, so templates
 * reading {@code ${area.name}} read a view the same way.
 */
public record AreaView(long id, String code, String name, AreaLevel level, AreaKind kind, Long parentId,
		AreaType areaType, boolean especiallyDifficult, boolean program135, boolean ethnicMinorityRegion,
		LocalDate validFrom, LocalDate validTo) implements java.io.Serializable {

	public boolean isValidOn(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
	}
}
