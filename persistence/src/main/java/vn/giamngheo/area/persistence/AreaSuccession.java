package vn.giamngheo.area.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Old unit X became (part of) new unit Y on a date": the crosswalk that keeps a 2023
 * report adding up after 2025.
 */
@Entity
@Table(name = "area_succession")
@IdClass(AreaSuccession.Key.class)
public class AreaSuccession {

	@Id
	private Long predecessorId;

	@Id
	private Long successorId;

	private LocalDate effectiveOn;

	private String legalBasis;

	protected AreaSuccession() {
	}

	public AreaSuccession(Long predecessorId, Long successorId, LocalDate effectiveOn, String legalBasis) {
		this.predecessorId = predecessorId;
		this.successorId = successorId;
		this.effectiveOn = effectiveOn;
		this.legalBasis = legalBasis;
	}

	public Long getPredecessorId() {
		return predecessorId;
	}

	public Long getSuccessorId() {
		return successorId;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public record Key(Long predecessorId, Long successorId) implements Serializable {
		public Key() {
			this(null, null);
		}
	}

}
