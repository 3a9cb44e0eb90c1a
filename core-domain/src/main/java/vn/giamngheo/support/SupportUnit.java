package vn.giamngheo.support;

/**
 * The unit a program counts its support in, as the district reports do ("12.293 phần
 * quà", "98.670 kg gạo").
 */
public enum SupportUnit {

	DONG, // đồng: cash only, the amount is the quantity
	KG, // kg (rice from the national reserve)
	PACKAGE, // phần quà / suất
	HOUSE, // căn nhà
	CARD, // thẻ BHYT
	CLASS_PLACE, // chỗ học nghề
	LOAN, // món vay
	SQUARE_METRE, // m² đất
	WORKER; // lao động (việc làm, đi làm việc ở nước ngoài)

	/**
	 * Cash programs carry an amount only; every other unit counts a quantity and may also
	 * carry its value in đồng.
	 */
	public boolean countsQuantity() {
		return this != DONG;
	}

}
