package vn.giamngheo.review.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.persistence.ApprovalChains;
import vn.giamngheo.review.persistence.ReviewProgress;

/**
 * {@code GET /api/v1/me}: who the caller is and the communes they work in (issue 14, item
 * 6).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reviews", description = "Rà soát hộ nghèo, hộ cận nghèo theo xã / A commune's poverty review work")
class MeApiController {

	private final ReviewProgress progress;

	private final ApprovalChains chains;

	private final ReviewApiSupport support;

	private final Clock clock;

	MeApiController(ReviewProgress progress, ApprovalChains chains, ReviewApiSupport support, Clock clock) {
		this.progress = progress;
		this.chains = chains;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping(path = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Người gọi / The caller", description = """
			Tên đăng nhập, vai trò và các xã người gọi làm việc (theo thứ tự chữ cái tiếng Việt). Sở (xem số liệu tổng \
			hợp), quản trị và cán bộ bảo vệ dữ liệu không làm việc với danh sách hộ: communes rỗng. \
			Username, role and the communes the caller works in, in Vietnamese collation order.""",
			security = @SecurityRequirement(name = "basicAuth"))
	@ApiResponse(responseCode = "200", description = "Người gọi / The caller")
	@ApiResponse(responseCode = "401", description = "Chưa xác thực / Not authenticated", content = @Content)
	ReviewApiAnswers.Me me(Scope scope, AppUser caller) {
		List<ReviewApiAnswers.CommuneRef> communes = progress.communesOf(scope)
			.stream()
			.map(c -> new ReviewApiAnswers.CommuneRef(c.code(), c.name()))
			.toList();
		return new ReviewApiAnswers.Me(caller.getUsername(), scope.role().name(), support.vi(roleKey(scope)), communes);
	}

	/**
	 * "Cán bộ Sở" for the officer of a two-level province, as on the pages
	 * ({@code TierLabels}).
	 */
	private String roleKey(Scope scope) {
		String key = "role." + scope.role().name();
		return scope.role() == Role.DISTRICT_OFFICER && chains.twoLevel(scope, LocalDate.now(clock)) ? key + ".province"
				: key;
	}

}
