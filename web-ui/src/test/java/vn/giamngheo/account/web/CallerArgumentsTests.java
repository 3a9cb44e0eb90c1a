package vn.giamngheo.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.giamngheo.account.Role;

/**
 * Issue 10: controllers receive the caller as a parameter. Without a logged-in
 * {@link AppUser} the resolver refuses as "not logged in", which Spring Security answers
 * with the login page (pages) or 401 (API), never a 500.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class CallerArgumentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theCallerIsTheAuthenticationsAppUser() {
		AppUser official = (AppUser) users.loadUserByUsername("xa.ngaixuyen");
		var auth = UsernamePasswordAuthenticationToken.authenticated(official, null, official.getAuthorities());
		assertThat(CallerArguments.of(auth)).isSameAs(official);
		assertThat(CallerArguments.of(auth).getScope().role()).isEqualTo(Role.COMMUNE_OFFICIAL);
	}

	@Test
	void noAppUserIsNotLoggedIn() {
		var anonymous = new AnonymousAuthenticationToken("k", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		var foreign = UsernamePasswordAuthenticationToken.authenticated("x", null,
				AuthorityUtils.createAuthorityList("ROLE_DISTRICT_OFFICER"));
		for (java.security.Principal principal : new java.security.Principal[] { null, anonymous, foreign }) {
			assertThatThrownBy(() -> CallerArguments.of(principal))
				.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		}
	}

	@Test
	void aPageThatTakesTheScopeSendsAnonymousVisitorsToTheLogin() throws Exception {
		mvc.perform(get("/reviews")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	/**
	 * A session whose principal is not one of ours (none is made so today) is "not logged
	 * in", not a 500.
	 */
	@Test
	void aForeignPrincipalIsSentToTheLoginNotToA500() throws Exception {
		mvc.perform(get("/reviews").with(user("x").roles("DISTRICT_OFFICER"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/plans").with(user("x").roles("DISTRICT_OFFICER"))).andExpect(status().is3xxRedirection());
	}

}
