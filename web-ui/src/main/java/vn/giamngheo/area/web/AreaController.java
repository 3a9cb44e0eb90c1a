package vn.giamngheo.area.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.apache.commons.io.input.BOMInputStream;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.area.persistence.AreaImport;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.area.persistence.AreaSuccessions;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * Administrators browse the area tree and import units from CSV (checked in full before
 * anything is written).
 */
@Controller
@RequestMapping("/areas")
class AreaController {

	private final AreaQueries areas;

	private final AreaImport areaImport;

	private final AreaSuccessions successions;

	AreaController(AreaQueries areas, AreaImport areaImport, AreaSuccessions successions) {
		this.areas = areas;
		this.areaImport = areaImport;
		this.successions = successions;
	}

	/** A line of the crosswalk as a person reads it: names, not ids. */
	record SuccessionLine(String predecessor, String successor, java.time.LocalDate effectiveOn) {
	}

	/** Ends an area on a day, e.g. a unit dissolved by a resolution. */
	@PostMapping("/{id}/end")
	String endDate(@org.springframework.web.bind.annotation.PathVariable long id,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") java.time.LocalDate lastDay,
			RedirectAttributes redirect) {
		try {
			successions.endDate(id, lastDay);
			redirect.addFlashAttribute("flash", "flash.areas.ended");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/areas?parent=" + id;
	}

	/**
	 * The area is succeeded by another (merger, split, rename) from a day: it ends the
	 * day before, the crosswalk records it and, when it is a commune wholly taken over,
	 * its villages and households move to the successor.
	 */
	@PostMapping("/{id}/succession")
	String succeed(@org.springframework.web.bind.annotation.PathVariable long id,
			@RequestParam(defaultValue = "") String successorCode,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") java.time.LocalDate effectiveOn,
			@RequestParam(defaultValue = "") String legalBasis, RedirectAttributes redirect, AppUser caller) {
		try {
			AreaView successor = areas.byCode(successorCode.strip())
				.orElseThrow(() -> new FieldProblem("successorCode", "area.succession.error.unknown"));
			int moved = successions.succeed(java.util.List.of(id), successor.id(), effectiveOn, legalBasis,
					caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.areas.succeeded");
			redirect.addFlashAttribute("flashArgs", java.util.List.of(successor.name(), moved));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/areas?parent=" + id;
	}

	@GetMapping
	String tree(@RequestParam(required = false) Long parent, Model model) {
		AreaView current = parent == null ? null : areas.find(parent).orElse(null);
		model.addAttribute("current", current);
		model.addAttribute("children", current == null ? areas.byLevel(AreaLevel.PROVINCE) : areas.children(parent));
		model.addAttribute("successions", current == null ? java.util.List.of() : areas.successionsOf(parent)
			.stream()
			.map(s -> new SuccessionLine(name(s.getPredecessorId()), name(s.getSuccessorId()), s.getEffectiveOn()))
			.toList());
		return "areas/tree";
	}

	private String name(Long id) {
		return areas.find(id).map(a -> a.name() + " (" + a.code() + ")").orElse("");
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("columns", AreaImport.COLUMNS);
		return "areas/import";
	}

	/**
	 * "Kiểm tra" checks only; "Nhập" checks again and writes everything in one
	 * transaction if no row is bad.
	 */
	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean write,
			Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("columns", AreaImport.COLUMNS);
		// Excel writes CSV in UTF-8 with a byte-order mark; the reader must not take it
		// for part of "code".
		try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(file.getInputStream()).get(),
				StandardCharsets.UTF_8)) {
			AreaImport.Result result = areaImport.importCsv(reader, write);
			if (write && result.ok()) {
				redirect.addFlashAttribute("flash", "flash.areas.imported");
				redirect.addFlashAttribute("flashArgs", java.util.List.of(result.rows()));
				return "redirect:/areas";
			}
			model.addAttribute("result", result);
			model.addAttribute("checkedOnly", !write);
		}
		return "areas/import";
	}

}
