package vn.giamngheo.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitsTests {

	MockHttpServletResponse send(RateLimits limits, String method, String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limits.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void loginAttemptsPastTheLimitGet429WithRetryAfterPerAddress() throws Exception {
		RateLimits limits = new RateLimits("login", 3, "/login");
		for (int i = 0; i < 3; i++) {
			assertThat(send(limits, "POST", "/login", "10.1.1.1").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = send(limits, "POST", "/login", "10.1.1.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(refused.getContentAsString()).contains("Quá nhiều yêu cầu");
		assertThat(send(limits, "POST", "/login", "10.1.1.2").getStatus()).as("another address").isEqualTo(200);
		assertThat(send(limits, "GET", "/login", "10.1.1.1").getStatus()).as("the page itself").isEqualTo(200);
		assertThat(send(limits, "POST", "/households/new", "10.1.1.1").getStatus()).as("other forms").isEqualTo(200);
	}

	@Test
	void theApiPastItsLimitAnswersAProblem() throws Exception {
		RateLimits limits = new RateLimits("api", 1, null);
		assertThat(send(limits, "GET", "/api/v1/audit", "10.2.2.2").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = send(limits, "GET", "/api/v1/audit", "10.2.2.2");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
	}

}
