package vn.giamngheo.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import vn.giamngheo.account.web.AccountSessionCheck;

/**
 * Who may open what. URL rules here are the first gate; the services check each record
 * against the caller's communes as the second, so a URL typed by hand cannot reach
 * another commune's household.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * No inline script anywhere (scripts live in /js); no framing; forms post only to
	 * this site.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private final JdbcTemplate jdbc;

	private final int loginPerMinute;

	private final int apiPerMinute;

	SecurityConfiguration(JdbcTemplate jdbc, @Value("${giamngheo.rate-limit.login-per-minute:60}") int loginPerMinute,
			@Value("${giamngheo.rate-limit.api-per-minute:1200}") int apiPerMinute) {
		this.jdbc = jdbc;
		this.loginPerMinute = loginPerMinute;
		this.apiPerMinute = apiPerMinute;
	}

	/**
	 * Health for load balancers is open; metrics, Prometheus and info are for
	 * administrators (session or Basic).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new AccountSessionCheck(jdbc), AuthorizationFilter.class)
			.headers(this::headers)
			.build();
	}

	/**
	 * The JSON API: HTTP Basic with the same accounts, or the page session; CSRF only
	 * where a session is used.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/households/**")
				.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER")
				.requestMatchers("/api/v1/audit/**", "/api/v1/audit")
				.hasAnyRole("ADMIN", "DATA_PROTECTION_OFFICER")
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> {
			})
			// "HTTP Basic or session": a Basic call never creates a session, but a page's
			// logged-in session is
			// accepted (the report and review APIs are also read from the app's own
			// pages).
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// A cookie can ride on a cross-site request, a Basic header cannot: only a
			// write that leans on the
			// session needs the CSRF token.
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeOnASession))
			.exceptionHandling(e -> e.accessDeniedHandler(new ApiProblems()))
			.addFilterBefore(new RateLimits("api", apiPerMinute, null), BasicAuthenticationFilter.class)
			.addFilterBefore(new AccountSessionCheck(jdbc), AuthorizationFilter.class)
			.headers(this::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(auth -> auth
			// The API description stays behind login: it maps every endpoint for whoever
			// reads it.
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/audit/**")
			.hasAnyRole("ADMIN", "DATA_PROTECTION_OFFICER")
			.requestMatchers("/accounts/**", "/areas/**")
			.hasRole("ADMIN")
			.requestMatchers("/households/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER")
			.requestMatchers("/summary/**")
			.hasAnyRole("DISTRICT_OFFICER", "PROVINCIAL_VIEWER")
			.requestMatchers("/poverty/standards/**")
			.hasRole("ADMIN")
			.requestMatchers("/poverty/calculator/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER", "ADMIN")
			// What-if counts named households of the caller's communes: not for
			// provincial viewers.
			.requestMatchers("/poverty/what-if/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER")
			// Household reviews and support records name people: commune and district
			// staff only.
			.requestMatchers("/reviews/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER")
			.requestMatchers("/support/totals/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER", "PROVINCIAL_VIEWER")
			.requestMatchers("/support/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER")
			.requestMatchers("/plans/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER", "PROVINCIAL_VIEWER")
			.requestMatchers("/reports/**")
			.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER", "PROVINCIAL_VIEWER")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(new RateLimits("login", loginPerMinute, "/login"),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountSessionCheck(jdbc), AuthorizationFilter.class)
			.headers(this::headers)
			.build();
	}

	private static boolean writeOnASession(jakarta.servlet.http.HttpServletRequest request) {
		return !java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
				&& request.getHeader("Authorization") == null && request.getSession(false) != null;
	}

	private void headers(HeadersConfigurer<HttpSecurity> h) {
		h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(f -> f.deny())
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

	/**
	 * bcrypt by default, with the algorithm stored in the hash so it can be raised later
	 * without a reset.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
