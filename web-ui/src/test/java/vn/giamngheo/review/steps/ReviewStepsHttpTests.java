package vn.giamngheo.review.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.sheet.ReviewTestData;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;
import vn.giamngheo.review.steps.persistence.ReviewStepRecords;

/**
 * Who may read and record the steps, over HTTP: the commune's own official records, the
 * district in scope reads, everyone else is refused, and the province reads the overdue
 * counts only. Bad input comes back with every message next to its field, never a 500.
 * Commune An Quảng Hữu, campaign year 2018.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class ReviewStepsHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewStepRecords records;

	@Autowired
	ReviewDeadlines deadlines;

	@Autowired
	Clock clock;

	long campaign;

	long commune;

	String base;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@BeforeEach
	void campaign() {
		campaign = ReviewTestData.campaign(jdbc, users, reviews, 2018);
		commune = ReviewTestData.communeId(jdbc, "An Quảng Hữu");
		base = "/reviews/steps/campaigns/" + campaign + "/communes/" + commune;
	}

	@Test
	void theCommunesOfficialAndTheDistrictReadTheStepsAndOthersAreRefused() throws Exception {
		mvc.perform(get(base).with(as("xa.anquanghuu")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Điều 4 khoản 4 Quyết định 24/2021/QĐ-TTg")));
		mvc.perform(get(base).with(as("huyen.tracu")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Anh/chị chỉ xem được")));
		mvc.perform(get(base).with(as("xa.ngaixuyen"))).andExpect(status().isForbidden());
		mvc.perform(get(base).with(as("so.travinh"))).andExpect(status().isForbidden());
		mvc.perform(get(base).with(as("admin"))).andExpect(status().isForbidden());
	}

	@Test
	void onlyTheCommunesOfficialRecordsAStep() throws Exception {
		mvc.perform(post(base + "/posting").param("startsOn", "03/09/2018")
			.param("endsOn", "10/09/2018")
			.param("place", "Nhà văn hóa")
			.with(as("huyen.tracu"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(base + "/posting").param("startsOn", "03/09/2018")
			.param("endsOn", "10/09/2018")
			.param("place", "Nhà văn hóa")
			.with(as("xa.ngaixuyen"))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM review_posting WHERE campaign_id = ? AND commune_id = ?",
				Integer.class, campaign, commune))
			.isZero();
	}

	@Test
	void aMeetingWithSeveralMistakesComesBackWithEveryMessageAndAFakeScanIsRefused() throws Exception {
		String page = mvc
			.perform(multipart(base + "/meetings")
				.file(new MockMultipartFile("minutes", "bien-ban.pdf", "application/pdf", "<html>not a pdf".getBytes()))
				.param("village", "")
				.param("heldOn", "5/9/18")
				.param("attendees", "bốn mươi")
				.param("votesFor", "30")
				.param("votesAgainst", "20")
				.with(as("xa.anquanghuu"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Nhập tên thôn, ấp họp dân.", "Ngày phải theo dạng dd/mm/yyyy",
				"Nhập một số nguyên không âm.", "Chỉ nhận tệp PDF, JPEG hoặc PNG.");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM review_meeting WHERE campaign_id = ? AND commune_id = ?",
				Integer.class, campaign, commune))
			.isZero();
	}

	@Test
	void theMinutesAreDownloadedOnlyByThoseWhoSeeTheCommune() throws Exception {
		long meeting = records.recordMeeting(campaign, commune,
				new vn.giamngheo.review.steps.StepRules.Meeting(LocalDate.of(2018, 9, 4), "Ấp Chợ", 12, 12, 0),
				vn.giamngheo.review.steps.ScanFile
					.check(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2 }, "bien-ban.png"),
				ReviewTestData.scopeOf(users, "xa.anquanghuu"), "xa.anquanghuu");
		String minutes = base + "/meetings/" + meeting + "/minutes";
		mvc.perform(get(minutes).with(as("xa.anquanghuu")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		mvc.perform(get(minutes).with(as("huyen.tracu"))).andExpect(status().isOk());
		mvc.perform(get(minutes).with(as("xa.ngaixuyen"))).andExpect(status().isForbidden());
		mvc.perform(get(minutes).with(as("so.travinh"))).andExpect(status().isForbidden());
	}

	@Test
	void theProvinceReadsOverdueCountsButNoNamesAndACommuneOfficialHasNoProvinceList() throws Exception {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> h = StepsTestData.notPoorHousehold(jdbc, "An Quảng Hữu", 3);
		long application = deadlines.addRegularApplication(commune, (String) h.get("code"), today.minusDays(16), null,
				ReviewTestData.scopeOf(users, "xa.anquanghuu"), "xa.anquanghuu");
		String summary = mvc.perform(get("/summary/overdue-reviews").with(as("so.travinh")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary).contains("An Quảng Hữu").doesNotContain((String) h.get("head_name"));
		mvc.perform(get("/summary/overdue-reviews").with(as("huyen.tracu"))).andExpect(status().isOk());
		mvc.perform(get("/summary/overdue-reviews").with(as("xa.anquanghuu"))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/steps/overdue").with(as("xa.anquanghuu")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString((String) h.get("head_name"))));
		mvc.perform(get("/reviews/steps/regular?commune=" + commune).with(as("xa.ngaixuyen")))
			.andExpect(status().isForbidden());
		// Not decided, so there is no letter of refusal yet; and never for another
		// commune.
		mvc.perform(get("/reviews/steps/applications/" + application + "/refusal.pdf").with(as("xa.anquanghuu")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reviews/steps/applications/" + application + "/refusal.pdf").with(as("xa.ngaixuyen")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCommuneOfficialSetsTheirOwnDigestAddressAndABadOneIsRefusedNextToTheField() throws Exception {
		String sql = """
				SELECT count(*) FROM review_digest_recipient d JOIN account a ON a.id = d.account_id
				WHERE a.username = 'xa.anquanghuu' AND d.email = 'canbo@anquanghuu.test'""";
		mvc.perform(post("/reviews/steps/digest-address").param("email", "khong-hop-le")
			.with(as("xa.anquanghuu"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Địa chỉ thư không hợp lệ")));
		mvc.perform(post("/reviews/steps/digest-address").param("email", "canbo@anquanghuu.test")
			.with(as("xa.anquanghuu"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(sql, Integer.class)).isEqualTo(1);
		mvc.perform(post("/reviews/steps/digest-address").param("email", "x@huyen.test")
			.with(as("huyen.tracu"))
			.with(csrf())).andExpect(status().isForbidden());
		// Blank stops the digest (and leaves no recipient behind for the digest's own
		// test).
		mvc.perform(post("/reviews/steps/digest-address").param("email", "").with(as("xa.anquanghuu")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(sql, Integer.class)).isZero();
	}

	@Test
	void theRegularRoundIsRecordedOnlyByTheCommunesOfficialWithEveryMistakeNamedAndAnUncoveredDecisionIsRefused()
			throws Exception {
		String meetings = "/reviews/steps/regular/meetings";
		mvc.perform(post(meetings).param("commune", String.valueOf(commune))
			.param("village", "Ấp Chợ")
			.param("heldOn", "01/11/2026")
			.param("attendees", "10")
			.param("votesFor", "8")
			.param("votesAgainst", "2")
			.with(as("huyen.tracu"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(meetings).param("commune", String.valueOf(commune))
			.param("village", "Ấp Chợ")
			.param("heldOn", "01/11/2026")
			.param("attendees", "10")
			.param("votesFor", "8")
			.param("votesAgainst", "2")
			.with(as("xa.ngaixuyen"))
			.with(csrf())).andExpect(status().isForbidden());
		String page = mvc
			.perform(post(meetings).param("commune", String.valueOf(commune))
				.param("village", " ")
				.param("heldOn", "31/02/2026")
				.param("attendees", "mười")
				.param("votesFor", "8")
				.param("votesAgainst", "2")
				.with(as("xa.anquanghuu"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Nhập tên thôn, ấp họp dân.", "Ngày phải theo dạng dd/mm/yyyy",
				"Nhập một số nguyên không âm.", "Điều 5 Quyết định 24/2021/QĐ-TTg");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM regular_review_meeting WHERE commune_id = ?",
				Integer.class, commune))
			.isZero();

		// A regular review sent and marked posted, but no meeting nor posting covers it:
		// the chair may not decide.
		Map<String, Object> h = StepsTestData.notPoorHousehold(jdbc, "An Quảng Hữu", 5);
		var official = ReviewTestData.scopeOf(users, "xa.anquanghuu");
		long review = StepsTestData.enterAndPostNotPoor(reviews, ((Number) h.get("id")).longValue(), official,
				"xa.anquanghuu");
		mvc.perform(post("/reviews/" + review + "/act").param("action", "APPROVE")
			.param("decisionNumber", "5/QĐ-UBND")
			.param("decisionDate",
					java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(clock)))
			.with(as("xa.anquanghuu"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "steps.regular.guard.noAgreedMeeting"));
		assertThat(jdbc.queryForObject("SELECT state FROM household_review WHERE id = ?", String.class, review))
			.isEqualTo("POSTED");
	}

}
