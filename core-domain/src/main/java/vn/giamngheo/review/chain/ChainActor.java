package vn.giamngheo.review.chain;

import vn.giamngheo.account.Role;

/**
 * Who performs a step of an approval chain. The machine values are part of the JSON API
 * ({@code steps[].actor}).
 */
public enum ChainActor {

	COMMUNE_OFFICIAL, // cán bộ xã (Ban Chỉ đạo rà soát cấp xã làm việc qua cán bộ giảm
						// nghèo)
	COMMUNE_CHAIR, // Chủ tịch UBND xã: quyết định công nhận
	DISTRICT, // Phòng LĐ-TB&XH / Chủ tịch UBND huyện (đến 30/06/2025)
	PROVINCE; // Sở (từ 01/07/2025 tỉnh làm việc trực tiếp với xã)

	/**
	 * The account role that records the step in the app. The commune official records the
	 * chair's decision (the chair signs on paper); the province's officers hold the
	 * officer role with a set of communes as their scope.
	 */
	public Role role() {
		return switch (this) {
			case COMMUNE_OFFICIAL, COMMUNE_CHAIR -> Role.COMMUNE_OFFICIAL;
			case DISTRICT, PROVINCE -> Role.DISTRICT_OFFICER;
		};
	}

}
