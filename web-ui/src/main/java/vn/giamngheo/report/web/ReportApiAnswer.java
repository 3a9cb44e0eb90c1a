package vn.giamngheo.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.giamngheo.report.Movement;
import vn.giamngheo.report.MovementTally;

/**
 * The figures of one area for one year, with its coverage, movement tables and the same
 * for each part of it.
 */
@Schema(name = "AreaYearFigures", description = "Số liệu của một địa bàn trong một năm / An area's figures for a year")
record ReportApiAnswer(AreaRef area, int year,
		@Schema(description = "OFFICIAL khi mọi xã có danh sách đã phê duyệt; PROVISIONAL (tạm tính) nếu chưa đủ / "
				+ "OFFICIAL when every commune has an approved list, else PROVISIONAL",
				allowableValues = {
						"OFFICIAL", "PROVISIONAL" }) String status,
		CoverageRef coverage, long households, long poor, long nearPoor, Movements movement,
		List<ReportApiAnswer> children){

	record AreaRef(@Schema(example = "849") String code, @Schema(example = "Trà Cú") String name,
			@Schema(allowableValues = {
					"PROVINCE", "DISTRICT", "COMMUNE" }) String level){
	}

	record CoverageRef(@Schema(description = "Số xã của địa bàn / communes of the area") int communes,
			@Schema(description = "Số xã có danh sách đã phê duyệt / communes with an approved list") int approved,
			@Schema(description = "Mã các xã chưa có danh sách phê duyệt / codes of the communes missing") List<String> missing) {
	}

	record Table(long start, long escaped, long newlyPoor, long rePoor, long toNearPoor, long otherIn, long otherOut,
			long end) {

		static Table of(Movement m) {
			return new Table(m.start(), m.escaped(), m.newlyPoor(), m.rePoor(), m.toNearPoor(), m.otherIn(),
					m.otherOut(), m.end());
		}
	}

	@Schema(description = """
			Bảng biến động: đầu kỳ + tăng − giảm = cuối kỳ. Với cận nghèo: escaped = thoát cả hai danh sách, \
			toNearPoor = chuyển sang hộ nghèo, newlyPoor = cận nghèo mới (kể cả từ hộ nghèo), rePoor = tái cận nghèo. \
			Movement tables: start + increases − decreases = end. For nearPoor, toNearPoor counts near-poor households \
			that became poor and newlyPoor counts newly near-poor households (including poor → near-poor).""")
	record Movements(Table poor, Table nearPoor) {

		static Movements of(MovementTally.Tables t) {
			return new Movements(Table.of(t.poor()), Table.of(t.nearPoor()));
		}
	}
}
