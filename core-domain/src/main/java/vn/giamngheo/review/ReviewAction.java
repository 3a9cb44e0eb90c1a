package vn.giamngheo.review;

/** What a person can do to a review. */
public enum ReviewAction {

	SAVE, // lưu kết quả rà soát
	SUBMIT, // xã gửi
	POST, // xác nhận đã niêm yết và họp dân (≥ 50% đồng ý)
	APPROVE, // ghi quyết định công nhận của Chủ tịch UBND xã (số, ngày)
	CONSOLIDATE, // huyện tổng hợp
	RETURN, // trả lại, kèm lý do
	REOPEN // huyện mở lại danh sách đã phê duyệt, kèm lý do

}
