package vn.giamngheo.support.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.Vnd;

/**
 * Quantities written the Vietnamese way ("98.670", "2,5"), as
 * {@code ${@supportFormat.quantity(q)}}.
 */
@Component("supportFormat")
public class SupportFormat {

	public String quantity(BigDecimal quantity) {
		if (quantity == null) {
			return "";
		}
		return Vnd.quantity(quantity);
	}

}
