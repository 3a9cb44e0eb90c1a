package vn.giamngheo.plan.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.giamngheo.plan.Progress;
import vn.giamngheo.plan.TargetKind;

/**
 * Plan figures for templates, as {@code ${@planFmt.value(x, kind)}}: counts as "3.000",
 * rates as "1,71%", achievement rounded half-to-even as "116,12%" (3.716 of 3.200), the
 * way the district reports write them.
 */
@Component("planFmt")
public class PlanFormat {

	public String value(BigDecimal value, TargetKind kind) {
		if (value == null) {
			return "–";
		}
		return kind.rate() ? number(value, 2) + "%" : number(value, value.stripTrailingZeros().scale() > 0 ? 2 : 0);
	}

	public String achievement(Progress.Result progress) {
		if (progress == null || progress.achievement() == null) {
			return "–";
		}
		return number(progress.percent(2), 2) + "%";
	}

	public String elapsed(Progress.Result progress) {
		return progress == null ? "" : number(progress.elapsed().multiply(BigDecimal.valueOf(100)), 0) + "%";
	}

	/** Bootstrap classes of a state badge. */
	public String badge(vn.giamngheo.plan.ProgressState state) {
		return switch (state) {
			case ON_TRACK -> "text-bg-success";
			case AT_RISK -> "text-bg-warning";
			case BEHIND -> "text-bg-danger";
			case NO_DATA -> "text-bg-secondary";
		};
	}

	/** A plain decimal for a form field ("67,67"). */
	public String input(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	static String number(BigDecimal value, int decimals) {
		return vn.giamngheo.shared.Vnd.decimal(value, decimals);
	}

}
