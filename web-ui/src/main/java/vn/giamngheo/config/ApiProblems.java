package vn.giamngheo.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The JSON API's 403 as an RFC 9457 problem detail, in Vietnamese unless the caller asks
 * for English.
 */
final class ApiProblems implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String language = request.getHeader("Accept-Language");
		boolean english = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType("application/problem+json");
		String title = english ? "Forbidden" : "Không có quyền truy cập";
		String detail = english ? "Your role may not use this part of the API."
				: "Vai trò của bạn không được dùng phần này của API.";
		response.getWriter()
			.write("{\"type\":\"urn:giamngheo:problem:forbidden\",\"title\":\"" + title
					+ "\",\"status\":403,\"detail\":\"" + detail + "\",\"instance\":\""
					+ request.getRequestURI().replace("\"", "") + "\"}");
	}

}
