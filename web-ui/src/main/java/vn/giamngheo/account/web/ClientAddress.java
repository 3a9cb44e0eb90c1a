package vn.giamngheo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address as the servlet container sees it. Behind a reverse proxy,
 * {@code server.forward-headers-strategy} (GIAMNGHEO_FORWARD_HEADERS) makes the container
 * take it from X-Forwarded-For of trusted proxies only, so a client cannot pick its own
 * address by sending the header.
 */
@NamedInterface("login")
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String ofCurrentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return "unknown";
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	static String of(Object authenticationDetails) {
		if (authenticationDetails instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return ofCurrentRequest();
	}

}
