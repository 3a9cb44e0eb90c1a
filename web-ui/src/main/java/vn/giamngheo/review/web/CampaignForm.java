package vn.giamngheo.review.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Opening the annual review: the year, the district, and the period (1 Sep – 14 Dec by
 * Decision 24/2021).
 */
public class CampaignForm {

	@NotNull(message = "{review.campaign.year.required}")
	@Min(value = 2016, message = "{review.campaign.year.range}")
	@Max(value = 2100, message = "{review.campaign.year.range}")
	private Integer year;

	@NotNull(message = "{review.campaign.area}")
	private Long areaId;

	@NotNull(message = "{review.campaign.startsOn.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate startsOn;

	@NotNull(message = "{review.campaign.endsOn.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate endsOn;

	/**
	 * ANNUAL, BASELINE or PROVINCIAL: the purpose fixes which standard the campaign
	 * applies.
	 */
	private vn.giamngheo.review.persistence.ReviewCampaigns.Purpose purpose = vn.giamngheo.review.persistence.ReviewCampaigns.Purpose.ANNUAL;

	public vn.giamngheo.review.persistence.ReviewCampaigns.Purpose getPurpose() {
		return purpose;
	}

	public void setPurpose(vn.giamngheo.review.persistence.ReviewCampaigns.Purpose purpose) {
		this.purpose = purpose == null ? vn.giamngheo.review.persistence.ReviewCampaigns.Purpose.ANNUAL : purpose;
	}

	/**
	 * Communes chosen for the campaign (a two-level province reviewing some of its
	 * communes); none: the whole area.
	 */
	private java.util.List<Long> communeIds = new java.util.ArrayList<>();

	public java.util.List<Long> getCommuneIds() {
		return communeIds;
	}

	public void setCommuneIds(java.util.List<Long> communeIds) {
		this.communeIds = communeIds == null ? new java.util.ArrayList<>() : communeIds;
	}

	static CampaignForm forYear(int year) {
		CampaignForm form = new CampaignForm();
		form.year = year;
		form.startsOn = LocalDate.of(year, 9, 1);
		form.endsOn = LocalDate.of(year, 12, 14);
		return form;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Long getAreaId() {
		return areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}
