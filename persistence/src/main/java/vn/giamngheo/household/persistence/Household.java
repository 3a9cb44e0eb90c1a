package vn.giamngheo.household.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.shared.VietnameseText;

/**
 * A household on the commune register (sổ hộ), with the flags officers report on, and its
 * members.
 */
@Entity
@Table(name = "household")
public class Household {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private Long communeId;

	private Long villageId;

	private String address;

	private String headName;

	@Enumerated(EnumType.STRING)
	private Ethnicity ethnicity;

	private String phone;

	/**
	 * Recognised only by an approved review (see {@code RecognisedCategory}); never
	 * written by the register, so a household starts as not reviewed and no edit form,
	 * import or stale entity can change it.
	 */
	@Enumerated(EnumType.STRING)
	@jakarta.persistence.Column(updatable = false)
	private HouseholdCategory category = HouseholdCategory.NOT_REVIEWED;

	private boolean noLabourCapacity; // hộ không có khả năng lao động

	private boolean hasMeritoriousMember; // có thành viên là người có công với cách mạng

	private boolean socialProtectionBeneficiary; // hộ bảo trợ xã hội

	private boolean freeMigrantFromCambodia; // hộ di cư tự do từ Campuchia chưa có giấy
												// tờ hộ tịch

	private int memberCount;

	private String searchText;

	private String sortKey;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dateOfBirth")
	private List<HouseholdMember> members = new ArrayList<>();

	protected Household() {
	}

	public Household(String code, Long communeId, String createdBy, Instant now) {
		this.code = code;
		this.communeId = communeId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedBy = createdBy;
		this.updatedAt = now;
	}

	/** Applies new values and returns what changed, field by field, for the history. */
	Map<String, String[]> apply(HouseholdCommand c, Long communeId) {
		Map<String, String[]> before = snapshot();
		this.communeId = communeId;
		this.villageId = c.villageId();
		this.address = c.address().strip();
		this.headName = VietnameseText.normalizeName(c.headName());
		this.ethnicity = c.ethnicity();
		this.phone = c.phone() == null || c.phone().isBlank() ? null : c.phone().strip();
		this.noLabourCapacity = c.noLabourCapacity();
		this.hasMeritoriousMember = c.hasMeritoriousMember();
		this.socialProtectionBeneficiary = c.socialProtectionBeneficiary();
		this.freeMigrantFromCambodia = c.freeMigrantFromCambodia();
		refreshDerived();
		Map<String, String[]> changes = new LinkedHashMap<>();
		snapshot().forEach((field, after) -> {
			String old = before.get(field)[0];
			if (!Objects.equals(old, after[0])) {
				changes.put(field, new String[] { old, after[0] });
			}
		});
		return changes;
	}

	void touch(String user, Instant now) {
		this.updatedBy = user;
		this.updatedAt = now;
	}

	void refreshDerived() {
		this.memberCount = members.size();
		this.searchText = VietnameseText.fold(headName + " " + code + " " + address + " "
				+ String.join(" ", members.stream().map(HouseholdMember::getFullName).toList()));
		if (this.searchText.length() > 600) {
			this.searchText = this.searchText.substring(0, 600);
		}
		this.sortKey = VietnameseText.sortKey(headName);
	}

	private Map<String, String[]> snapshot() {
		Map<String, String[]> values = new LinkedHashMap<>();
		values.put("village", new String[] { str(villageId) });
		values.put("address", new String[] { address });
		values.put("headName", new String[] { headName });
		values.put("ethnicity", new String[] { str(ethnicity) });
		values.put("phone", new String[] { phone });
		values.put("noLabourCapacity", new String[] { String.valueOf(noLabourCapacity) });
		values.put("hasMeritoriousMember", new String[] { String.valueOf(hasMeritoriousMember) });
		values.put("socialProtectionBeneficiary", new String[] { String.valueOf(socialProtectionBeneficiary) });
		values.put("freeMigrantFromCambodia", new String[] { String.valueOf(freeMigrantFromCambodia) });
		return values;
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

	List<HouseholdMember> members() {
		return members;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public Long getCommuneId() {
		return communeId;
	}

	public Long getVillageId() {
		return villageId;
	}

	public String getAddress() {
		return address;
	}

	public String getHeadName() {
		return headName;
	}

	public Ethnicity getEthnicity() {
		return ethnicity;
	}

	public String getPhone() {
		return phone;
	}

	public HouseholdCategory getCategory() {
		return category;
	}

	public boolean isNoLabourCapacity() {
		return noLabourCapacity;
	}

	public boolean isHasMeritoriousMember() {
		return hasMeritoriousMember;
	}

	public boolean isSocialProtectionBeneficiary() {
		return socialProtectionBeneficiary;
	}

	public boolean isFreeMigrantFromCambodia() {
		return freeMigrantFromCambodia;
	}

	public int getMemberCount() {
		return memberCount;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public long getVersion() {
		return version;
	}

	public List<HouseholdMember> getMembers() {
		return List.copyOf(members);
	}

}
