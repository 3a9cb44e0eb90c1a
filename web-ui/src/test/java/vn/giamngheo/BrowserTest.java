package vn.giamngheo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.demo.DemoData;

/**
 * Base of the browser tests: the real application on a random port, the demo province
 * loaded, and Debian's Chromium driven by Playwright (no browser download; see
 * src-docs/developer/testing.md). Without Chromium the tests are skipped on a laptop but
 * fail in CI, so coverage is never lost silently.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "giamngheo.demo.enabled=true", "spring.thymeleaf.cache=true" })
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	/**
	 * Screenshots for the user guide land under target/, so a test run never rewrites
	 * tracked files; {@code src-docs/refresh-screenshots.sh} copies them into
	 * src-docs/images.
	 */
	protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * The desktop width the officers' office PCs have, and the tablet a commune official
	 * carries.
	 */
	protected static final int DESKTOP_WIDTH = 1280, DESKTOP_HEIGHT = 860, TABLET_WIDTH = 768, TABLET_HEIGHT = 1024;

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	protected Page page;

	/**
	 * What the pages this test visited showed that is a code or an unresolved key
	 * ({@link RawCode}, issue 13).
	 */
	private final List<String> rawCodes = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** The confirmation questions the page asked, in order; each was answered "OK". */
	protected final List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			if (System.getenv("CI") != null) {
				throw new IllegalStateException("Chromium not found at " + CHROMIUM + "; CI must run browser tests");
			}
			Assumptions
				.abort("Chromium not found at " + CHROMIUM + ": browser tests skipped (apt-get install chromium)");
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(
				new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		page.onLoad(p -> scan(p));
		// Irreversible steps ask "Are you sure?" (issue 13): the tests answer yes and
		// keep the question to check it.
		dialogs.clear();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.accept();
		});
	}

	@AfterEach
	void closePage() {
		scan(page);
		context.close();
		org.assertj.core.api.Assertions.assertThat(rawCodes)
			.as("codes or message keys shown on the pages visited")
			.isEmpty();
	}

	/**
	 * Reads the page as a person would; a page navigating away meanwhile is read on its
	 * next load.
	 */
	private void scan(Page p) {
		try {
			String url = p.url();
			for (String finding : RawCode.in(RawCode.visible(p.content()))) {
				String entry = url + ": " + finding;
				if (!rawCodes.contains(entry)) {
					rawCodes.add(entry);
				}
			}
		}
		catch (RuntimeException navigating) {
			// the document was replaced while being read
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void loginAs(String username) {
		loginAs(username, DemoData.PASSWORD);
	}

	protected void loginAs(String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
	}

	/**
	 * Switches the open page to the tablet size (768×1024); the next navigation lays out
	 * for it.
	 */
	protected void useTabletViewport() {
		page.setViewportSize(TABLET_WIDTH, TABLET_HEIGHT);
	}

	protected void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

}
