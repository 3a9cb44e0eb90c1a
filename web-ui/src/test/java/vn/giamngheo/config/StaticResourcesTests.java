package vn.giamngheo.config;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Static files are served from their three prefixes, version-less webjar paths included,
 * and cached by browsers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/chart.js/dist/chart.umd.min.js",
			"/css/app.css", "/js/report-charts.js", "/webjars/htmx.org/dist/htmx.min.js",
			"/webjars/bootstrap/js/bootstrap.bundle.min.js", "/js/app.js" })
	void everyStaticFileAPageLinksIsServedWithoutLoginAndCached(String path) throws Exception {
		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", Matchers.containsString("max-age=604800")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/static/css/app.css", "/messages_vi.properties", "/application.properties" })
	void nothingElseOnTheClassPathIsServed(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().is(Matchers.not(200)));
	}

}
