package vn.giamngheo.review;

/**
 * Where one household's review stands in the procedure of Decision 24/2021/QĐ-TTg, Art. 4
 * (periodic) and Art. 5 (regular): the commune lists and reviews, posts the list and
 * holds the village meeting, (up to 30/06/2025) the district gives its opinion, the
 * commune chair decides, and (after 1 July 2025) the province consolidates. Which of
 * these steps a list takes, in which order, is its
 * {@link vn.giamngheo.review.chain.ApprovalChain}.
 */
public enum ReviewState {

	DRAFT, // đang nhập
	SUBMITTED, // xã đã gửi kết quả rà soát
	POSTED, // đã niêm yết công khai, họp dân (Art. 4(3)–(4))
	// huyện đã cho ý kiến, chờ Chủ tịch UBND xã quyết định (Art. 4(5); only in the chain
	// with a district, to 30/06/2025)
	OPINION_GIVEN, APPROVED, // Chủ tịch UBND xã đã quyết định công nhận (Art. 4(5))
	CONSOLIDATED, // huyện đã tổng hợp
	RETURNED; // trả lại để rà soát lại, kèm lý do

	/**
	 * Inputs may change only before the commune sends them on, or after they came back.
	 */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * Approved figures are locked; only an audited reopening by the district changes
	 * them.
	 */
	public boolean locked() {
		return this == APPROVED || this == CONSOLIDATED;
	}

}
