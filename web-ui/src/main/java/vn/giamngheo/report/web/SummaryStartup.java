package vn.giamngheo.report.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giamngheo.report.persistence.AreaSummaries;

/**
 * Builds the stored report sums once the application is ready (after the demo loader, if
 * any) when there are none yet: a new installation, or the first start after migration
 * V6.
 */
@Component
class SummaryStartup {

	private final AreaSummaries summaries;

	SummaryStartup(AreaSummaries summaries) {
		this.summaries = summaries;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildIfEmpty() {
		if (summaries.isEmpty()) {
			summaries.rebuild();
		}
	}

}
