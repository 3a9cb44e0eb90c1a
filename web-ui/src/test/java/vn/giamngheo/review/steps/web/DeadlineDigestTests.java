package vn.giamngheo.review.steps.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.review.sheet.ReviewTestData;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;

/**
 * The e-mail digest against a real SMTP server (GreenMail on port 18225 of this branch's
 * range): a commune official with an address receives the overdue regular review of the
 * commune, in Vietnamese; one with nothing to do receives nothing. The schedule is off
 * ("-") so that only the test sends.
 */
@SpringBootTest(properties = { "giamngheo.demo.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=18225",
		"GIAMNGHEO_DIGEST_CRON=-", "giamngheo.digest.from=giamngheo@travinh.test" })
class DeadlineDigestTests {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(18225, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		SMTP.start();
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Autowired
	DeadlineDigest digest;

	@Autowired
	ReviewDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Test
	void aCommuneOfficialWithAnOverdueRegularReviewReceivesADigestAndOneWithNothingToDoReceivesNone() throws Exception {
		LocalDate today = LocalDate.now(clock);
		// A demo commune of province 84 that no other test of this branch uses, with
		// households and an official.
		Map<String, Object> c = jdbc.queryForMap("""
				SELECT c.id, a.username FROM area c JOIN account_area aa ON aa.area_id = c.id
				JOIN account a ON a.id = aa.account_id AND a.role = 'COMMUNE_OFFICIAL'
				JOIN area d ON d.id = c.parent_id JOIN area p ON p.id = d.parent_id AND p.code = '84'
				WHERE c.kind = 'COMMUNE' AND c.name IN ('Hàm Tân', 'Tân Hiệp', 'Long Sơn')
				  AND EXISTS (SELECT 1 FROM household h WHERE h.commune_id = c.id)
				ORDER BY c.name LIMIT 1""");
		long commune = ((Number) c.get("id")).longValue();
		String official = (String) c.get("username");
		Map<String, Object> h = jdbc.queryForMap("""
				SELECT h.code, h.head_name FROM household h WHERE h.commune_id = ? ORDER BY h.id LIMIT 1""", commune);
		deadlines.addRegularApplication(commune, (String) h.get("code"), today.minusDays(18), null,
				ReviewTestData.scopeOf(users, official), official);
		jdbc.update("""
				INSERT INTO review_digest_recipient (account_id, email)
				SELECT id, 'xa@travinh.test' FROM account WHERE username = ?""", official);
		jdbc.update("""
				INSERT INTO review_digest_recipient (account_id, email)
				SELECT id, 'dinhan@travinh.test' FROM account WHERE username = 'xa.dinhan.tt'""");

		digest.send();

		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(Arrays.stream(received).map(m -> {
			try {
				return m.getAllRecipients()[0].toString();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		})).containsExactly("xa@travinh.test");
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("GiảmNghèo: 0 hộ bị trả lại, 1 hộ rà soát thường xuyên cần quyết định");
		String body = GreenMailUtil.getBody(mail);
		assertThat(mail.getContent().toString()).contains((String) h.get("head_name"), "Quá hạn",
				"Điều 5 Quyết định 24/2021/QĐ-TTg");
		assertThat(body).isNotEmpty();
	}

}
