package vn.giamngheo.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. URL rules here are the first gate; the services check each record against the caller's
 * communes as the second, so a URL typed by hand cannot reach another commune's household.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** The JSON API: HTTP Basic with the same accounts, no session, no CSRF token (no cookies to ride on). */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/households/**")
				.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER")
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> {
			})
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/webjars/**", "/css/**", "/img/**", "/favicon.ico", "/error",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
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
				// What-if counts named households of the caller's communes: not for provincial viewers.
				.requestMatchers("/poverty/what-if/**")
				.hasAnyRole("COMMUNE_OFFICIAL", "DISTRICT_OFFICER")
				// Household reviews and support records name people: commune and district staff only.
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
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")))
			.build();
	}

	/** bcrypt by default, with the algorithm stored in the hash so it can be raised later without a reset. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}
}
