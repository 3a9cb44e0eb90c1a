package vn.giamngheo.review;

/**
 * Where one household's review stands in the procedure of Decision 24/2021/QĐ-TTg, Art. 4 (periodic) and Art. 5
 * (regular): the commune lists and reviews, posts the list and holds the village meeting, the commune chair decides,
 * and the district (the province after 1 July 2025) consolidates.
 */
public enum ReviewState {
	DRAFT, // đang nhập
	SUBMITTED, // xã đã gửi kết quả rà soát
	POSTED, // đã niêm yết công khai, họp dân (Art. 4(3)–(4))
	APPROVED, // Chủ tịch UBND xã đã quyết định công nhận (Art. 4(5))
	CONSOLIDATED, // huyện đã tổng hợp
	RETURNED; // trả lại để rà soát lại, kèm lý do

	/** Inputs may change only before the commune sends them on, or after they came back. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Approved figures are locked; only an audited reopening by the district changes them. */
	public boolean locked() {
		return this == APPROVED || this == CONSOLIDATED;
	}
}
