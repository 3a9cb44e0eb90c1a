package vn.giamngheo.support.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.giamngheo.support.Ineligibility;
import vn.giamngheo.shared.web.Fmt;

/** Turns an eligibility warning into a sentence in the reader's language. */
@Component
class SupportMessages {

	private final MessageSource messages;

	private final Fmt fmt;

	SupportMessages(MessageSource messages, Fmt fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	String warning(Ineligibility reason) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Object> a = reason.args();
		Object[] args;
		if (reason.messageKey().equals("support.ineligible.escapedTooLongAgo")) {
			args = new Object[] { fmt.date((LocalDate) a.get(0)), a.get(1) };
		}
		else {
			@SuppressWarnings("unchecked")
			List<String> codes = (List<String>) a.get(1);
			args = new Object[] { messages.getMessage("category." + a.get(0), null, locale),
					codes.stream().map(code -> eligible(code, locale)).collect(Collectors.joining(", ")) };
		}
		return messages.getMessage(reason.messageKey(), args, locale);
	}

	private String eligible(String code, Locale locale) {
		if (code.startsWith("FLAG_")) {
			return messages.getMessage("support.flag." + code.substring(5), null, locale);
		}
		if (code.startsWith("ESCAPED_")) {
			return messages.getMessage("support.eligible.escaped", new Object[] { code.substring(8) }, locale);
		}
		return messages.getMessage("support.eligible." + code, null, locale);
	}

}
