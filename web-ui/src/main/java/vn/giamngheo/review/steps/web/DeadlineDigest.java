package vn.giamngheo.review.steps.web;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;
import vn.giamngheo.review.steps.persistence.StepsRecords.Application;
import vn.giamngheo.review.steps.persistence.StepsRecords.Returned;
import vn.giamngheo.review.steps.persistence.StepsRecords.WorkQueue;
import vn.giamngheo.shared.web.Fmt;

/**
 * The e-mail digest of the commune official's work queue: reviews returned to the commune
 * and regular reviews on application overdue or due within three days (Decision
 * 24/2021/QĐ-TTg, Art. 5). Sent on the cron of {@code GIAMNGHEO_DIGEST_CRON} (default
 * 07:00 Monday to Friday, Vietnam time; "-" turns it off) through the server of the
 * standard {@code spring.mail.*} settings; without {@code spring.mail.host} there is no
 * digest at all. An account receives it once it has an address in
 * {@code review_digest_recipient}; an empty queue sends nothing.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class DeadlineDigest {

	private static final Logger log = LoggerFactory.getLogger(DeadlineDigest.class);

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final JavaMailSender mail;

	private final ReviewDeadlines deadlines;

	private final MessageSource messages;

	private final Fmt fmt;

	private final String from;

	DeadlineDigest(JavaMailSender mail, ReviewDeadlines deadlines, MessageSource messages, Fmt fmt,
			@Value("${giamngheo.digest.from:${spring.mail.username:giamngheo@localhost}}") String from) {
		this.mail = mail;
		this.deadlines = deadlines;
		this.messages = messages;
		this.fmt = fmt;
		this.from = from;
	}

	/**
	 * @return how many digests were sent
	 */
	@Scheduled(cron = "${GIAMNGHEO_DIGEST_CRON:0 0 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
	int send() {
		int sent = 0;
		for (ReviewDeadlines.Recipient r : deadlines.digestRecipients()) {
			WorkQueue queue = deadlines.digestFor(r);
			if (queue.isEmpty()) {
				continue;
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(r.email());
			message.setSubject(msg("steps.digest.subject", queue.returned().size(), queue.deadlines().size()));
			message.setText(body(r, queue));
			try {
				mail.send(message);
				sent++;
			}
			catch (MailException ex) {
				// One unreachable address must not stop the others; the next run tries
				// again.
				log.warn("Digest to {} not sent: {}", r.username(), ex.getMessage());
			}
		}
		return sent;
	}

	private String body(ReviewDeadlines.Recipient r, WorkQueue queue) {
		StringBuilder b = new StringBuilder(msg("steps.digest.greeting", r.fullName())).append("\n\n");
		if (!queue.returned().isEmpty()) {
			b.append(msg("steps.digest.returned", queue.returned().size())).append('\n');
			for (Returned x : queue.returned()) {
				b.append("- ")
					.append(x.headName())
					.append(" (")
					.append(x.householdCode())
					.append(", ")
					.append(x.communeName())
					.append("): ")
					.append(x.reason() == null ? "" : x.reason())
					.append('\n');
			}
			b.append('\n');
		}
		if (!queue.deadlines().isEmpty()) {
			b.append(msg("steps.digest.deadlines", queue.deadlines().size())).append('\n');
			for (Application a : queue.deadlines()) {
				b.append("- ")
					.append(a.headName())
					.append(" (")
					.append(a.householdCode())
					.append("): ")
					.append(msg("steps.digest.due", fmt.date(a.receivedOn()), fmt.date(a.deadline().dueOn()),
							msg("steps.deadline." + a.status())))
					.append('\n');
			}
			b.append('\n');
		}
		return b.append(msg("steps.digest.footer")).toString();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, VI);
	}

}
