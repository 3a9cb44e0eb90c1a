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
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.area.persistence.AreaImport;
import vn.giamngheo.area.persistence.AreaRepository;

/** Administrators browse the area tree and import units from CSV (checked in full before anything is written). */
@Controller
@RequestMapping("/areas")
class AreaController {

	private final AreaRepository areas;

	private final AreaImport areaImport;

	AreaController(AreaRepository areas, AreaImport areaImport) {
		this.areas = areas;
		this.areaImport = areaImport;
	}

	@GetMapping
	String tree(@RequestParam(required = false) Long parent, Model model) {
		Area current = parent == null ? null : areas.findById(parent).orElse(null);
		model.addAttribute("current", current);
		model.addAttribute("children", current == null ? areas.findByLevelOrderByName(AreaLevel.PROVINCE)
				: areas.findByParentIdOrderByName(parent));
		model.addAttribute("successions", current == null ? java.util.List.of() : areas.findSuccessionsOf(parent));
		return "areas/tree";
	}

	@GetMapping("/import")
	String importForm(Model model) {
		model.addAttribute("columns", AreaImport.COLUMNS);
		return "areas/import";
	}

	/** "Kiểm tra" checks only; "Nhập" checks again and writes everything in one transaction if no row is bad. */
	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean write,
			Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("columns", AreaImport.COLUMNS);
		// Excel writes CSV in UTF-8 with a byte-order mark; the reader must not take it for part of "code".
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
