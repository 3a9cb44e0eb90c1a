package vn.giamngheo.poverty.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.facts.EducationLevel;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.facts.InformationDevice;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.WaterSource;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * The choices the household form offers, shared by the calculator and the review entry.
 */
@Component
@NamedInterface("calculator")
public class CalculatorPickLists {

	private final PovertyStandardCatalog catalog;

	CalculatorPickLists(PovertyStandardCatalog catalog) {
		this.catalog = catalog;
	}

	public void addTo(Model model) {
		model.addAttribute("areaTypes", AreaType.values());
		model.addAttribute("incomeModes", CalculatorForm.IncomeMode.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("employments", EmploymentStatus.values());
		model.addAttribute("waterSources", WaterSource.values());
		model.addAttribute("latrines", LatrineType.values());
		model.addAttribute("devices", InformationDevice.values());
		model.addAttribute("entries", CalculatorForm.Entry.values());
		model.addAttribute("indicatorCodes", indicatorCodes());
	}

	/**
	 * Every indicator code of any known standard, so the officer can enter one directly
	 * whatever the date.
	 */
	List<String> indicatorCodes() {
		java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
		vn.giamngheo.poverty.Indicator.catalogue().forEach(i -> codes.add(i.code()));
		catalog.entries().forEach(e -> codes.addAll(e.standard().indicatorCodes()));
		return List.copyOf(codes);
	}

}
