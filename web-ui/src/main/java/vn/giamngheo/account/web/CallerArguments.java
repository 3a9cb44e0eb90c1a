package vn.giamngheo.account.web;

import org.springframework.core.MethodParameter;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.giamngheo.account.Scope;

/**
 * Supplies the logged-in caller to controller methods (issue 10): a parameter of type
 * {@link Scope} receives the caller's scope, one of type {@link AppUser} the caller. Both
 * were resolved once, at login, into the session's {@link AppUser}; this reads them from
 * the request's principal, so no controller looks the user up statically and a method
 * that needs the scope says so in its signature.
 *
 * <p>
 * Our own resolver rather than Spring Security's {@code @AuthenticationPrincipal}: that
 * one answers {@code null} for an anonymous request and cannot supply the {@link Scope},
 * so a handler reached without a login would fail later with a
 * {@code NullPointerException} (a 500). This one raises
 * {@link AuthenticationCredentialsNotFoundException}, which Spring Security's
 * {@code ExceptionTranslationFilter} turns into the login redirect (pages) or 401 (API),
 * and needs no annotation on the hundred-odd parameters.
 */
@NamedInterface("caller")
public class CallerArguments implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == Scope.class || type == AppUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		AppUser user = of(webRequest.getUserPrincipal());
		return parameter.getParameterType() == Scope.class ? user.getScope() : user;
	}

	/**
	 * The caller behind a request's principal (the servlet API's view of Spring
	 * Security's authentication, null when anonymous); refuses as "not logged in" when
	 * there is none.
	 */
	public static AppUser of(java.security.Principal principal) {
		if (principal instanceof Authentication auth && auth.getPrincipal() instanceof AppUser user) {
			return user;
		}
		throw new AuthenticationCredentialsNotFoundException("No logged-in user");
	}

}
