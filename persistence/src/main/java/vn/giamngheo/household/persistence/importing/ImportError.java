package vn.giamngheo.household.persistence.importing;

import java.util.List;

/**
 * One bad cell of an import file: its row as the official sees it (1 is the header, 0 the
 * file as a whole), the template column ("" for the whole row or file), and the problem
 * as a message key with arguments.
 */
public record ImportError(int row, String column, String key, List<Object> args) {
}
