package vn.giamngheo.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token buckets per client address: one for login attempts, one for the JSON API. A
 * bucket refills evenly over a minute; past it the answer is 429 with Retry-After.
 * Buckets live in a bounded cache (at most 100,000 addresses, forgotten after 10 idle
 * minutes), so a flood of addresses cannot grow memory without end.
 */
class RateLimits extends OncePerRequestFilter {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final String name;

	private final int perMinute;

	private final String onlyPostsTo;

	/**
	 * @param onlyPostsTo when not null, only POSTs to this path count (the login form)
	 */
	RateLimits(String name, int perMinute, String onlyPostsTo) {
		this.name = name;
		this.perMinute = perMinute;
		this.onlyPostsTo = onlyPostsTo;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return perMinute <= 0 || (onlyPostsTo != null && !("POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + onlyPostsTo)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = buckets.get(request.getRemoteAddr(),
				k -> Bucket.builder()
					.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String language = request.getHeader("Accept-Language");
		boolean english = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
		String detail = english ? "Too many requests; try again in " + seconds + " seconds."
				: "Quá nhiều yêu cầu; hãy thử lại sau " + seconds + " giây.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + (english ? "Too many requests" : "Quá nhiều yêu cầu")
						+ "\",\"status\":429,\"detail\":\"" + detail + "\",\"limit\":\"" + name + "\"}");
		}
		else {
			response.setContentType("text/html");
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>429</title>"
						+ "</head><body><h1>" + detail + "</h1><p><a href=\"" + request.getContextPath()
						+ "/login\">Đăng nhập</a></p></body></html>");
		}
	}

}
