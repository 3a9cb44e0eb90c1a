package vn.giamngheo.review.steps;

/**
 * The household's written request (Decision 24/2021/QĐ-TTg; form numbers confirmed on
 * lawnet, domain README §2.3).
 */
public enum ApplicationForm {

	FORM_01, // Mẫu số 01: giấy đề nghị rà soát định kỳ (Art. 4(1))
	FORM_04 // Mẫu số 04: giấy đề nghị rà soát thường xuyên, nộp cho Chủ tịch UBND xã
			// (Art. 5(1))

}
