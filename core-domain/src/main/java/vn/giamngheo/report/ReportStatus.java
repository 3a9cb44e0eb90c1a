package vn.giamngheo.report;

/**
 * Whether a figure may be signed: OFFICIAL when every commune of the area has an approved
 * list for the period, so the figure is the sum of the official records; PROVISIONAL ("Số
 * liệu tạm tính") otherwise.
 */
public enum ReportStatus {

	OFFICIAL, PROVISIONAL

}
