package vn.giamngheo.support.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.springframework.stereotype.Component;

/** Quantities written the Vietnamese way ("98.670", "2,5"), as {@code ${@supportFormat.quantity(q)}}. */
@Component("supportFormat")
public class SupportFormat {

	public String quantity(BigDecimal quantity) {
		if (quantity == null) {
			return "";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.##", symbols).format(quantity);
	}
}
