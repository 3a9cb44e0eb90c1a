/**
 * The annual and regular review (Decision 24/2021/QĐ-TTg): campaigns, entry, the commune
 * list and its steps, approval chains, documents, the Excel sheet, deadlines and digests.
 * <p>
 * Writes {@code review_campaign}, {@code campaign_commune}, {@code household_review},
 * {@code review_event}, {@code commune_review_list(_event)}, {@code review_application},
 * {@code review_complaint}, {@code review_meeting}, {@code review_posting},
 * {@code review_decision_scan}, {@code regular_review_meeting},
 * {@code regular_review_posting}, {@code review_late_entry},
 * {@code review_digest_recipient}, {@code province_approval_chain},
 * {@code province_plan_setting} and, on approval, {@code poverty_assessment}.
 * <p>
 * Its API: this package; {@code review::events}; {@code review::labels}
 * ({@code TierLabels}: the district's or the province's wording, which every page uses).
 * The entry form is pre-filled from the register's {@code RegisteredHousehold}
 * ({@code household::queries}), mapped by core-domain's {@code RegisterFacts}.
 */
@ApplicationModule(displayName = "Annual and regular review",
		allowedDependencies = { "account", "account::caller", "area", "area::tree", "audit::log", "household",
				"household::events", "household::queries", "poverty", "poverty::facts", "poverty::standards",
				"poverty::calculator", "shared" })
package vn.giamngheo.review;

import org.springframework.modulith.ApplicationModule;
