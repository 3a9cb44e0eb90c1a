/**
 * The administrative areas (province, district, commune, village, effective-dated) and their reforms.
 * <p>
 * Writes {@code area} and {@code area_succession}; a reform also moves the households of a commune wholly taken
 * over, with a history line each (an explicit exception in {@code ArchitectureTests}). Its API: this package;
 * {@code area::tree} ({@code AreaQueries}: units, pick-lists and counts, which every feature reads; Modulith counts
 * the {@code Area} it returns and the repository of its constructor as exposed with it); {@code area::reform}
 * ({@code AreaSuccessions}, for the demo province's reform).
 */
@ApplicationModule(displayName = "Administrative areas", allowedDependencies = { "account", "account::caller", "shared" })
package vn.giamngheo.area;

import org.springframework.modulith.ApplicationModule;
