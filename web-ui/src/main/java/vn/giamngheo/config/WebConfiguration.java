package vn.giamngheo.config;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.giamngheo.shared.Languages;

/**
 * Vietnamese first: pages are in Vietnamese unless the user picks English with
 * {@code ?lang=en}; the choice is kept in a cookie. There is deliberately no
 * messages.properties, so a missing Vietnamese key shows as a key, not as English, and
 * the i18n test catches it.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	public static final Locale VIETNAMESE = Languages.VIETNAMESE;

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(VIETNAMESE);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("giamngheo-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Static files live under three prefixes only
	 * ({@code spring.web.resources.add-mappings=false} turns off Boot's catch-all
	 * {@code /**} handler). With the catch-all, every {@code @{…}} link a page renders —
	 * twenty row links on a household list — went through the resource resolvers and a
	 * missed class-path look-up: the widest tower of the load test's flame graph
	 * (src-docs/developer/benchmarks.md). Now links to pages never reach them.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		org.springframework.http.CacheControl week = org.springframework.http.CacheControl.maxAge(Duration.ofDays(7))
			.cachePublic();
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(week)
			.resourceChain(true)
			.addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
		// A resource chain caches each link's resolution: without it every
		// <link>/<script> of every page asked the
		// class loader for the file inside the nested jar again (JFR: 15% of the
		// household list's CPU under load).
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(week)
			.resourceChain(true);
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(week)
			.resourceChain(true);
	}

	/**
	 * Money and quantity fields marked {@code @Grouped} accept "500.000" in every form
	 * (issue 13).
	 */
	@Override
	public void addFormatters(org.springframework.format.FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new vn.giamngheo.shared.web.GroupedFormatterFactory());
	}

	/**
	 * {@code Scope} and {@code AppUser} parameters of controller methods are the
	 * logged-in caller's (issue 10): the one way a request's scope reaches the services
	 * ({@code CallerArguments}).
	 */
	@Override
	public void addArgumentResolvers(
			java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new vn.giamngheo.account.web.CallerArguments());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
