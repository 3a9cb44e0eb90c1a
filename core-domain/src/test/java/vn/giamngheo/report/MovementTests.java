package vn.giamngheo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.household.HouseholdCategory;

/**
 * Where each kind of household history lands in the poor and near-poor movement tables.
 */
class MovementTests {

	static final HouseholdCategory P = HouseholdCategory.POOR, N = HouseholdCategory.NEAR_POOR,
			A = HouseholdCategory.AVERAGE_LIVING, X = HouseholdCategory.NOT_POOR;

	/**
	 * start, end, moved in from elsewhere, was on the list before, expected poor table,
	 * expected near-poor table.
	 */
	static Stream<Arguments> histories() {
		return Stream.of(Arguments.of(P, P, false, false, new Movement(1, 0, 0, 0, 0, 0, 0, 1), Movement.EMPTY),
				Arguments.of(P, A, false, false, new Movement(1, 1, 0, 0, 0, 0, 0, 0), Movement.EMPTY),
				Arguments.of(P, X, false, false, new Movement(1, 1, 0, 0, 0, 0, 0, 0), Movement.EMPTY),
				Arguments.of(P, N, false, false, new Movement(1, 0, 0, 0, 1, 0, 0, 0),
						new Movement(0, 0, 1, 0, 0, 0, 0, 1)),
				Arguments.of(N, P, false, false, new Movement(0, 0, 1, 0, 0, 0, 0, 1),
						new Movement(1, 0, 0, 0, 1, 0, 0, 0)),
				Arguments.of(A, P, false, false, new Movement(0, 0, 1, 0, 0, 0, 0, 1), Movement.EMPTY),
				Arguments.of(A, P, false, true, new Movement(0, 0, 0, 1, 0, 0, 0, 1), Movement.EMPTY),
				Arguments.of(X, N, false, true, Movement.EMPTY, new Movement(0, 0, 0, 1, 0, 0, 0, 1)),
				Arguments.of(N, A, false, false, Movement.EMPTY, new Movement(1, 1, 0, 0, 0, 0, 0, 0)),
				// Moved away, died, merged into another household: an other decrease.
				Arguments.of(P, null, false, false, new Movement(1, 0, 0, 0, 0, 0, 1, 0), Movement.EMPTY),
				Arguments.of(N, null, false, false, Movement.EMPTY, new Movement(1, 0, 0, 0, 0, 0, 1, 0)),
				// Moved in from another commune's list: an other increase.
				Arguments.of(null, P, true, false, new Movement(0, 0, 0, 0, 0, 1, 0, 1), Movement.EMPTY),
				// A new household (split off, or never on a list) recognised poor: newly
				// poor.
				Arguments.of(null, P, false, false, new Movement(0, 0, 1, 0, 0, 0, 0, 1), Movement.EMPTY),
				Arguments.of(A, X, false, false, Movement.EMPTY, Movement.EMPTY),
				Arguments.of(null, null, true, false, Movement.EMPTY, Movement.EMPTY));
	}

	@ParameterizedTest(name = "{0} -> {1} (moved in {2}, before {3})")
	@MethodSource("histories")
	void eachHistoryLandsInOneCellOfEachTable(HouseholdCategory start, HouseholdCategory end, boolean elsewhere,
			boolean before, Movement poor, Movement nearPoor) {
		MovementTally tally = new MovementTally().add(start, end, elsewhere, before, 1);
		assertThat(tally.poor()).isEqualTo(poor);
		assertThat(tally.nearPoor()).isEqualTo(nearPoor);
	}

	@Test
	void aTableThatDoesNotReconcileCannotExist() {
		assertThatThrownBy(() -> new Movement(10, 1, 2, 0, 0, 0, 0, 10)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("does not reconcile");
		assertThatThrownBy(() -> new Movement(-1, 0, 0, 0, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void tablesOfDisjointAreasAddCellByCell() {
		Movement a = new Movement(10, 2, 1, 1, 1, 3, 1, 11);
		Movement b = new Movement(5, 1, 0, 0, 0, 0, 2, 2);
		assertThat(a.plus(b)).isEqualTo(new Movement(15, 3, 1, 1, 1, 3, 3, 13));
		assertThat(Movement.sum(java.util.List.of(a, b, Movement.EMPTY))).isEqualTo(a.plus(b));
		assertThat(a.increases()).isEqualTo(5);
		assertThat(a.decreases()).isEqualTo(4);
	}

	@Test
	void coverageIsOfficialOnlyWhenEveryCommuneIsApproved() {
		Coverage partial = new Coverage(3, 2, java.util.List.of(new Coverage.Missing(7, "84901", "Kim Sơn")));
		assertThat(partial.status()).isEqualTo(ReportStatus.PROVISIONAL);
		assertThat(new Coverage(2, 2, java.util.List.of()).status()).isEqualTo(ReportStatus.OFFICIAL);
		assertThat(new Coverage(0, 0, java.util.List.of()).status()).isEqualTo(ReportStatus.PROVISIONAL);
		assertThat(partial.plus(new Coverage(1, 1, java.util.List.of())))
			.isEqualTo(new Coverage(4, 3, partial.missing()));
		assertThatThrownBy(() -> new Coverage(3, 2, java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
	}

}
