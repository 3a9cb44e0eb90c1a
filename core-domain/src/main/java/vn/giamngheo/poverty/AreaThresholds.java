package vn.giamngheo.poverty;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Income thresholds of one standard for one {@link vn.giamngheo.area.AreaType}, in whole
 * đồng per person per month.
 *
 * @param absolutePoorLine income at or below it is POOR whatever the deficiencies; only
 * Decision 59/2015/QĐ-TTg (2016–2020) has one (700,000 rural / 900,000 urban), null
 * otherwise
 * @param incomeLine the poverty line ("chuẩn nghèo"); at or below it a household is poor
 * or near-poor
 * @param averageLivingCeiling upper bound (inclusive) of the average-living band ("mức
 * sống trung bình") above the line, Decree 07/2021/NĐ-CP Art. 3(1)(c); null when the
 * standard has no band
 * @param b1Cutoff form B1 score at or below which income counts as at or below the line
 * (Circular 07/2021/TT-BLĐTBXH; weak), null when unknown
 */
public record AreaThresholds(Long absolutePoorLine, long incomeLine, Long averageLivingCeiling, Integer b1Cutoff) {

	public AreaThresholds {
		if (incomeLine <= 0) {
			throw new IllegalArgumentException("income line must be positive, was " + incomeLine);
		}
		if (absolutePoorLine != null && (absolutePoorLine <= 0 || absolutePoorLine >= incomeLine)) {
			throw new IllegalArgumentException("absolute poor line must be positive and below the income line "
					+ incomeLine + ", was " + absolutePoorLine);
		}
		if (averageLivingCeiling != null && averageLivingCeiling <= incomeLine) {
			throw new IllegalArgumentException("average-living ceiling must be above the income line " + incomeLine
					+ ", was " + averageLivingCeiling);
		}
		if (b1Cutoff != null && b1Cutoff <= 0) {
			throw new IllegalArgumentException("B1 cut-off must be positive, was " + b1Cutoff);
		}
	}

	public static AreaThresholds line(long incomeLine) {
		return new AreaThresholds(null, incomeLine, null, null);
	}

	public AreaThresholds withAbsolutePoorLine(long line) {
		return new AreaThresholds(line, incomeLine, averageLivingCeiling, b1Cutoff);
	}

	public AreaThresholds withAverageLivingCeiling(long ceiling) {
		return new AreaThresholds(absolutePoorLine, incomeLine, ceiling, b1Cutoff);
	}

	public AreaThresholds withB1Cutoff(int cutoff) {
		return new AreaThresholds(absolutePoorLine, incomeLine, averageLivingCeiling, cutoff);
	}

	public OptionalLong absolutePoorLineIfAny() {
		return absolutePoorLine == null ? OptionalLong.empty() : OptionalLong.of(absolutePoorLine);
	}

	public OptionalLong averageLivingCeilingIfAny() {
		return averageLivingCeiling == null ? OptionalLong.empty() : OptionalLong.of(averageLivingCeiling);
	}

	public OptionalInt b1CutoffIfAny() {
		return b1Cutoff == null ? OptionalInt.empty() : OptionalInt.of(b1Cutoff);
	}
}
