package vn.giamngheo.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.persistence.OfficialRows;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.shared.Languages;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The figures of an area for a year for the national database and provincial systems:
 * counts of households, poor and near-poor, the movement tables, and the coverage that
 * says whether the figure is official (every commune's list approved) or provisional.
 * Scoped like the report pages; counts only, never a person.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Số liệu chính thức theo địa bàn / Official figures by area")
class ReportApiController {

	static final String PROBLEM = "urn:giamngheo:problem:";

	/**
	 * Years a poverty list can stand for (the first multidimensional standard applied
	 * from 2016).
	 */
	static final int FIRST_YEAR = 2016, LAST_YEAR = 2100;

	private final ReportQueries reports;

	private final OfficialRows official;

	private final AreaQueries areas;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	private final MessageSource messages;

	ReportApiController(ReportQueries reports, OfficialRows official, AreaQueries areas, MessageSource messages,
			vn.giamngheo.area.persistence.AreaTree tree) {
		this.tree = tree;
		this.reports = reports;
		this.official = official;
		this.areas = areas;
		this.messages = messages;
	}

	static final class Problem extends RuntimeException {

		final HttpStatus status;

		final String key;

		final Object[] args;

		Problem(HttpStatus status, String key, Object... args) {
			super(key, null, false, false);
			this.status = status;
			this.key = key;
			this.args = args;
		}

	}

	@GetMapping(path = "/areas/{areaCode}/years/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Số liệu của địa bàn trong năm / An area's figures for a year", description = """
			Hộ, hộ nghèo, hộ cận nghèo, bảng biến động và mức bao phủ (số xã có danh sách đã phê duyệt). Năm đã phê \
			duyệt được đọc từ bản ghi chính thức, không từ sổ hộ hiện tại. geography=then: theo đơn vị hành chính của \
			năm đó (mặc định); now: cộng dồn theo đơn vị hiện nay qua bảng kế thừa; hai cách cho cùng tổng. \
			Households, poor, near-poor, movement tables and coverage; approved years come from the official record, \
			never today's register. geography=then (default) uses the units valid on 31 December of the year, now \
			re-aggregates onto today's units through the crosswalk; both give the same total. Scoped like the report \
			pages: a commune official reads their commune, a district officer their communes, a provincial viewer the \
			province. Errors are RFC 9457 problems (detail in Vietnamese, or English by Accept-Language; detailEn).""",
			security = @SecurityRequirement(name = "basicAuth"))
	@ApiResponse(responseCode = "200", description = "Số liệu / The figures",
			content = @Content(schema = @Schema(implementation = ReportApiAnswer.class)))
	@ApiResponse(responseCode = "400", description = "Năm hoặc geography không hợp lệ / Bad year or geography",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "403", description = "Ngoài phạm vi / Outside the caller's areas",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "Không có địa bàn / Unknown area",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ReportApiAnswer figures(@PathVariable String areaCode,
			@Parameter(description = "Năm, ví dụ 2024 / Year, e.g. 2024") @PathVariable String year,
			@Parameter(schema = @Schema(allowableValues = { "then", "now" }, defaultValue = "then")) @RequestParam(
					defaultValue = "then") String geography,
			Scope scope) {
		int y = year(year);
		if (!geography.equals("then") && !geography.equals("now")) {
			throw new Problem(HttpStatus.BAD_REQUEST, "report.api.geography", geography);
		}
		AreaView area = areas.byCode(areaCode)
			.filter(a -> a.level() != AreaLevel.VILLAGE)
			.orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "report.api.area", areaCode));
		Set<Long> communes = new TreeSet<>(tree.communesUnder(area.id()));
		Set<Long> visible = new TreeSet<>(reports.communesOf(scope));
		visible.addAll(official.predecessorsOf(visible));
		if (communes.isEmpty() || !visible.containsAll(communes)) {
			throw new OutOfScopeException("area " + areaCode + " is outside the caller's scope");
		}
		ReportQueries.Report report = geography.equals("now") ? reports.byTodaysCommunes(y, communes)
				: reports.ofCommunes(y, communes);
		List<ReportApiAnswer> children = new ArrayList<>();
		if (area.level() == AreaLevel.PROVINCE && geography.equals("now")) {
			// Today's tree: since the 2025 reform the province works with its communes
			// directly.
			report.rows().forEach(r -> children.add(node(r, y, List.of())));
		}
		else if (area.level() == AreaLevel.PROVINCE) {
			Map<Long, List<ReportQueries.AreaRow>> groups = new LinkedHashMap<>();
			report.rows().forEach(r -> groups.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r));
			for (var e : groups.entrySet()) {
				List<ReportQueries.AreaRow> rows = e.getValue();
				if (rows.size() == 1 && rows.get(0).areaId() == e.getKey()) {
					children.add(node(rows.get(0), y, List.of()));
				}
				else {
					AreaView parent = areas.get(e.getKey());
					ReportQueries.AreaRow sum = ReportQueries.sum(parent.id(), parent.name(), parent.code(), rows,
							report.total().indicatorCount());
					children.add(node(sum, y, rows.stream().map(r -> node(r, y, List.of())).toList()));
				}
			}
		}
		else if (!(report.rows().size() == 1 && report.rows().get(0).areaId() == area.id())) {
			report.rows().forEach(r -> children.add(node(r, y, List.of())));
		}
		ReportQueries.AreaRow total = ReportQueries.sum(area.id(), area.name(), area.code(), report.rows(),
				report.total().indicatorCount());
		return node(total, y, children);
	}

	private ReportApiAnswer node(ReportQueries.AreaRow row, int year, List<ReportApiAnswer> children) {
		AreaView a = areas.get(row.areaId());
		return new ReportApiAnswer(new ReportApiAnswer.AreaRef(a.code(), a.name(), a.level().name()), year,
				row.status().name(),
				new ReportApiAnswer.CoverageRef(row.coverage().communes(), row.coverage().approved(),
						row.coverage().missing().stream().map(m -> m.code()).toList()),
				row.figures().get(Figure.HOUSEHOLDS), row.figures().get(Figure.POOR),
				row.figures().get(Figure.NEAR_POOR), ReportApiAnswer.Movements.of(row.movement()), children);
	}

	private static int year(String year) {
		if (!year.matches("[0-9]{4}")) {
			throw new Problem(HttpStatus.BAD_REQUEST, "report.api.year", year);
		}
		int y = Integer.parseInt(year);
		if (y < FIRST_YEAR || y > LAST_YEAR) {
			throw new Problem(HttpStatus.BAD_REQUEST, "report.api.year", year);
		}
		return y;
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem ex, HttpServletRequest request) {
		return answer(ex.status, ex.key, ex.args, request);
	}

	@ExceptionHandler(OutOfScopeException.class)
	ResponseEntity<ProblemDetail> outOfScope(OutOfScopeException ex, HttpServletRequest request) {
		return answer(HttpStatus.FORBIDDEN, "report.api.scope", new Object[0], request);
	}

	private ResponseEntity<ProblemDetail> answer(HttpStatus status, String key, Object[] args,
			HttpServletRequest request) {
		// Vietnamese unless the client asks for English (Accept-Language); detailEn
		// carries English either way.
		Locale locale = request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en")
				? Locale.ENGLISH : Languages.VIETNAMESE;
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(PROBLEM + key.substring(key.lastIndexOf('.') + 1)));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		problem.setDetail(messages.getMessage(key, args, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("detailEn", messages.getMessage(key, args, Locale.ENGLISH));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
