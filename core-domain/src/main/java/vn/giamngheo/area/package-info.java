/**
 * The administrative areas (province, district, commune, village, effective-dated) and
 * their reforms.
 * <p>
 * Writes {@code area} and {@code area_succession}; a reform also moves the households of
 * a commune wholly taken over, with a history line each (an explicit exception in
 * {@code ArchitectureTests}). Its API: this package; {@code area::tree}
 * ({@code AreaQueries}: units as {@link vn.giamngheo.area.AreaView} values, pick-lists
 * and counts, which every feature reads instead of the entity and its repository;
 * {@code AreaTree}, the cached "communes under an area"); it implements account's port
 * {@code AccountAreas} (no cycle with account); {@code area::reform}
 * ({@code AreaSuccessions}, for the demo province's reform).
 */
@ApplicationModule(displayName = "Administrative areas",
		allowedDependencies = { "account", "account::caller", "shared" })
package vn.giamngheo.area;

import org.springframework.modulith.ApplicationModule;
