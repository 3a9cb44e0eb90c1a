package vn.giamngheo.poverty;

import java.time.LocalDate;

import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/** Test fixtures: people of an exact age on the review date. */
public final class Households {

	public static final LocalDate REVIEW_DATE = LocalDate.of(2025, 10, 15);

	private Households() {
	}

	/** Someone whose birthday is the review date, so they are exactly {@code age}. */
	public static MemberFacts.Builder aged(String name, int age) {
		return MemberFacts.builder(name, REVIEW_DATE.minusYears(age));
	}

	/**
	 * Someone turning {@code age + 1} tomorrow: the oldest one can be while still
	 * {@code age}.
	 */
	public static MemberFacts.Builder agedDayBeforeBirthday(String name, int age) {
		return MemberFacts.builder(name, REVIEW_DATE.minusYears(age + 1).plusDays(1));
	}

	public static HouseholdFacts.Builder household(MemberFacts... members) {
		return HouseholdFacts.builder(REVIEW_DATE).members(members);
	}

	/** A household with no deficiency at all. */
	public static HouseholdFacts wellOff() {
		return household(aged("Trần Văn A", 40).build(), aged("Lê Thị B", 38).build()).build();
	}

}
