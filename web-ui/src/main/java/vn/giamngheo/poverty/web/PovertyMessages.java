package vn.giamngheo.poverty.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.Languages;

/**
 * Resolves a message key in both languages, for API answers that carry Vietnamese first
 * and English beside it.
 */
@Component
class PovertyMessages {

	private final MessageSource messages;

	PovertyMessages(MessageSource messages) {
		this.messages = messages;
	}

	String vi(String key, Object... args) {
		return messages.getMessage(key, args, Languages.VIETNAMESE);
	}

	String en(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}

}
