/**
 * Poverty standards (Decree 07/2021/NĐ-CP and its successors), the indicator rules,
 * classification, quick identification (form B1), Alkire–Foster measures and what-if, the
 * calculator and the standards' administration.
 * <p>
 * Writes {@code poverty_standard}, {@code poverty_standard_threshold}. Its API: this
 * package; {@code poverty::facts} (a household's facts, the classification's input);
 * {@code poverty::measures}; {@code poverty::standards} ({@code PovertyStandardCatalog},
 * the stored catalogue every feature classifies with); {@code poverty::calculator} (the
 * calculator's form, pick-lists and evaluator, which the review's entry form reuses as it
 * is); {@code poverty::demo}.
 */
@ApplicationModule(displayName = "Poverty standards",
		allowedDependencies = { "account", "account::caller", "area", "area::tree", "shared" })
package vn.giamngheo.poverty;

import org.springframework.modulith.ApplicationModule;
