package vn.giamngheo.review.steps;

/**
 * How a complaint received during the posting was settled. The complaint and re-check
 * sub-step of Art. 4(4) is not verified against Decision 24 (domain README §7.1 item 3):
 * the two outcomes are the minimum a chair's decision needs.
 */
public enum ComplaintOutcome {

	UPHELD, // có cơ sở: đã phúc tra (rà soát lại) hộ, ghi kết quả phúc tra
	REJECTED // không có cơ sở: giữ nguyên kết quả, trả lời người khiếu nại

}
