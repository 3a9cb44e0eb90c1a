package vn.giamngheo.area.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaType;

/**
 * An administrative unit, valid over a period; a merger ends one unit and starts another.
 */
@Entity
@Table(name = "area")
public class Area {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AreaLevel level;

	@Enumerated(EnumType.STRING)
	private AreaKind kind;

	@Column(name = "parent_id")
	private Long parentId;

	@Enumerated(EnumType.STRING)
	private AreaType areaType;

	private boolean especiallyDifficult;

	@Column(name = "program_135")
	private boolean program135;

	private boolean ethnicMinorityRegion;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected Area() {
	}

	public Area(String code, String name, AreaKind kind, Long parentId, AreaType areaType, LocalDate validFrom) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.level = kind.level();
		this.parentId = parentId;
		this.areaType = areaType;
		this.validFrom = validFrom;
	}

	public Area withFlags(boolean especiallyDifficult, boolean program135, boolean ethnicMinorityRegion) {
		this.especiallyDifficult = especiallyDifficult;
		this.program135 = program135;
		this.ethnicMinorityRegion = ethnicMinorityRegion;
		return this;
	}

	public boolean isValidOn(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
	}

	public void endOn(LocalDate lastDay) {
		this.validTo = lastDay;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public AreaLevel getLevel() {
		return level;
	}

	public AreaKind getKind() {
		return kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public AreaType getAreaType() {
		return areaType;
	}

	public boolean isEspeciallyDifficult() {
		return especiallyDifficult;
	}

	public boolean isProgram135() {
		return program135;
	}

	public boolean isEthnicMinorityRegion() {
		return ethnicMinorityRegion;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

}
