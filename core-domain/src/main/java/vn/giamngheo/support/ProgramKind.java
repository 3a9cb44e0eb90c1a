package vn.giamngheo.support;

/** Where an entry sits in the catalogue. */
public enum ProgramKind {

	NTP_PROJECT, // dự án của Chương trình MTQG giảm nghèo bền vững (Decision 90/QĐ-TTg)
	NTP_SUB_PROJECT, // tiểu dự án
	POLICY, // chính sách cho hộ nghèo, cận nghèo (BHYT, học phí, tiền điện, nhà ở...)
	CREDIT, // chương trình tín dụng của NHCSXH
	LOCAL // hỗ trợ của địa phương (quà Tết, trợ cấp đột xuất), configurable

}
