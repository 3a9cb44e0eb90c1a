package vn.giamngheo.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload over the limit before anything reads it, with a 413 in Vietnamese (a
 * page, or a problem for the API) instead of Tomcat's English one or a CSRF refusal
 * (issue 11, finding 7). The multipart limits in application.properties stay as the
 * second line for uploads that do not announce their length.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilter(
			@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize limit) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(limit));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final DataSize limit;

		Filter(DataSize limit) {
			this.limit = limit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
					|| request.getContentLengthLong() <= limit.toBytes()) {
				chain.doFilter(request, response);
				return;
			}
			String language = request.getHeader("Accept-Language");
			boolean english = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
			String title = FailureAdvice.Texts.of("error.413.title", english);
			String text = FailureAdvice.Texts.of("error.413.text", english);
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Connection", "close");
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					|| (request.getHeader("X-Requested-With") != null)) {
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"type\":\"urn:giamngheo:problem:413\",\"title\":\"" + title
							+ "\",\"status\":413,\"detail\":\"" + text + "\"}");
			}
			else {
				response.setContentType("text/html");
				response.getWriter()
					.write("<!DOCTYPE html><html lang=\"" + (english ? "en" : "vi")
							+ "\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
							+ "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head>"
							+ "<body><main class=\"container\"><h1>" + title + "</h1><p>" + text + "</p><p><a href=\""
							+ request.getContextPath() + "/\">" + FailureAdvice.Texts.of("error.back", english)
							+ "</a></p></main></body></html>");
			}
		}

	}

}
