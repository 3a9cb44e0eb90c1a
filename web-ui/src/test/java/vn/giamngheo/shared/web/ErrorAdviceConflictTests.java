package vn.giamngheo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import vn.giamngheo.shared.persistence.ConcurrentEditException;

/**
 * A race lost to another user is a conflict in the user's language: 409 for JSON callers,
 * a message on pages.
 */
class ErrorAdviceConflictTests {

	static ErrorAdvice advice() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ErrorAdvice(messages, new tools.jackson.databind.ObjectMapper());
	}

	static RuntimeException exception(String kind) {
		return switch (kind) {
			case "stale" -> new ConcurrentEditException("xa.kimson");
			case "lock" -> new CannotAcquireLockException("could not serialize access");
			case "optimistic" -> new OptimisticLockingFailureException("row was updated");
			default -> new DuplicateKeyException("household_review_once_per_campaign");
		};
	}

	@ParameterizedTest(name = "{0} for a JSON caller in {1}: 409 problem")
	@CsvSource({ "stale, vi, Có người vừa thay đổi", "lock, vi, Có người vừa thay đổi",
			"optimistic, en, Someone changed this data", "duplicate, en, Someone changed this data" })
	void aJsonCallerGetsA409ProblemInItsLanguage(String kind, String language, String text) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/anything");
		request.addHeader("Accept", "application/json");
		MockHttpServletResponse response = new MockHttpServletResponse();
		advice().conflict(exception(kind), request, response, Locale.forLanguageTag(language));
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(text)
			.contains("\"status\":409");
	}

	@ParameterizedTest(name = "{0} on a page: back with a message")
	@CsvSource({ "stale", "lock", "duplicate" })
	void aPageGoesBackWithTheConflictMessage(String kind) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/reviews/campaigns/1/communes/2/submit");
		request.setServerName("localhost");
		request.addHeader("Referer", "http://localhost/reviews/campaigns/1/communes/2");
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
		request.setAttribute(DispatcherServlet.FLASH_MAP_MANAGER_ATTRIBUTE, new SessionFlashMapManager());
		var view = advice().conflict(exception(kind), request, new MockHttpServletResponse(),
				Locale.forLanguageTag("vi"));
		assertThat(view.getViewName()).isEqualTo("redirect:http://localhost/reviews/campaigns/1/communes/2");
		assertThat(((FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE)).get("problem"))
			.isEqualTo("conflict.retry");
	}

}
