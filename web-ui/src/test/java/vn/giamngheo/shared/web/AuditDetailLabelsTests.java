package vn.giamngheo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The audit page shows what was recorded in words: no code of a category or funding
 * source reaches a person.
 */
class AuditDetailLabelsTests {

	private final Labels labels = new Labels(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource m = new ResourceBundleMessageSource();
		m.setBasename("messages");
		m.setDefaultEncoding("UTF-8");
		m.setFallbackToSystemLocale(false);
		return m;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aCategoryChangeReadsInWordsAndKeepsTheRestOfTheRecord() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(labels.auditDetail("category\tNOT_POOR\tNEAR_POOR\tcause\tAPPROVE"))
			.isEqualTo("category «Hộ không nghèo» «Hộ cận nghèo» cause APPROVE");
	}

	@Test
	void aRecordedRequestParameterShowsTheFundingSourcesName() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(labels.auditDetail("amount=500000&fundingSource=DISTRICT_BUDGET"))
			.isEqualTo("amount=500000&fundingSource=«Ngân sách huyện»");
	}

	@Test
	void anUnknownCodeIsWrittenAsPlainWords() {
		assertThat(labels.auditDetail("state SOMETHING_NEW")).isEqualTo("state something new");
		assertThat(labels.auditDetail(null)).isNull();
	}

}
