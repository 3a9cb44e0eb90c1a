package vn.giamngheo.household;

/**
 * Relationship to the head of household (quan hệ với chủ hộ), as on the residence
 * register.
 */
public enum Relationship {

	HEAD, // chủ hộ
	SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, CHILD_IN_LAW, OTHER_RELATIVE, OTHER

}
