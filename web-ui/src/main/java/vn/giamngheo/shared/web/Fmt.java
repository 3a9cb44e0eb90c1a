package vn.giamngheo.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.Vnd;
import vn.giamngheo.shared.persistence.ClockConfiguration;

/**
 * Formats for templates, as {@code ${@fmt.money(x)}}: money as "1.500.000 đ", dates as
 * dd/MM/yyyy.
 */
@Component("fmt")
public class Fmt {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ClockConfiguration.VIETNAM);

	public String money(Long amount) {
		return amount == null ? "" : Vnd.format(amount);
	}

	public String number(long n) {
		return Vnd.grouped(n);
	}

	public String percent(long part, long whole) {
		return Vnd.percent(part, whole, 2);
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

}
