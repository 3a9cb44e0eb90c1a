package vn.giamngheo.poverty;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import vn.giamngheo.area.AreaType;

/**
 * Registry of poverty standards: the national ones shipped with the code plus whatever
 * other layers add (provincial standards, corrected versions loaded from a database).
 * Immutable; {@link #with} returns a new registry.
 * <p>
 * Selection (domain README 7.2 principle 1: by review date and household location, never
 * "the current one"): among ACTIVE standards covering the date, a standard of the
 * household's province beats the national one (provinces may set higher standards: README
 * 1.6); for one id the highest version wins; DRAFT and RETIRED are never chosen.
 */
public final class PovertyStandards {

	public static final String BUILT_IN_RESOURCE = "/vn/giamngheo/poverty/national-standards.properties";

	private static volatile PovertyStandards builtIn;

	private final List<PovertyStandard> standards;

	/**
	 * @throws IllegalArgumentException if two standards share id and version
	 */
	public PovertyStandards(Collection<PovertyStandard> standards) {
		Map<String, PovertyStandard> seen = new HashMap<>();
		for (PovertyStandard s : standards) {
			if (seen.put(s.id() + "#" + s.version(), s) != null) {
				throw new IllegalArgumentException("duplicate standard " + s.id() + " v" + s.version());
			}
		}
		this.standards = List.copyOf(standards);
	}

	/** The national standards shipped in {@value #BUILT_IN_RESOURCE}. */
	public static PovertyStandards builtIn() {
		PovertyStandards b = builtIn;
		if (b == null) {
			try (InputStream in = PovertyStandards.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
				}
				b = new PovertyStandards(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			builtIn = b;
		}
		return b;
	}

	/**
	 * A registry with {@code standard} added, replacing any standard with the same id and
	 * version.
	 */
	public PovertyStandards with(PovertyStandard standard) {
		List<PovertyStandard> copy = new ArrayList<>(standards.size() + 1);
		for (PovertyStandard s : standards) {
			if (!(s.id().equals(standard.id()) && s.version() == standard.version())) {
				copy.add(s);
			}
		}
		copy.add(standard);
		return new PovertyStandards(copy);
	}

	public List<PovertyStandard> all() {
		return standards;
	}

	/** A specific version, whatever its status: to reproduce a stamped classification. */
	public Optional<PovertyStandard> find(String id, int version) {
		return standards.stream().filter(s -> s.id().equals(id) && s.version() == version).findFirst();
	}

	/**
	 * The standard to apply to a household in {@code provinceCode} (null or blank:
	 * national only) reviewed on {@code date}.
	 */
	public Optional<PovertyStandard> applicable(String provinceCode, LocalDate date) {
		String province = provinceCode == null ? "" : provinceCode.trim();
		if (!province.isEmpty()) {
			Optional<PovertyStandard> provincial = best(province, date);
			if (provincial.isPresent()) {
				return provincial;
			}
		}
		return best("", date);
	}

	/** Shortcut for the national standard applicable on a date. */
	public Optional<PovertyStandard> applicableNational(LocalDate date) {
		return applicable(null, date);
	}

	private Optional<PovertyStandard> best(String jurisdiction, LocalDate date) {
		Map<String, PovertyStandard> highestVersionById = new HashMap<>();
		for (PovertyStandard s : standards) {
			if (s.status() == StandardStatus.ACTIVE && s.jurisdiction().equals(jurisdiction) && s.covers(date)) {
				highestVersionById.merge(s.id(), s, (a, b) -> a.version() >= b.version() ? a : b);
			}
		}
		// Different ids overlapping on a date is a data error; pick the latest-starting
		// one deterministically.
		return highestVersionById.values()
			.stream()
			.max(Comparator.comparing(PovertyStandard::validFrom)
				.thenComparing(PovertyStandard::id, Comparator.reverseOrder()));
	}

	// ---------------------------------------------------------------- data file

	/**
	 * Parses standards from the properties format of {@value #BUILT_IN_RESOURCE}, so
	 * other layers can ship provincial standards the same way.
	 * @throws IllegalArgumentException on a missing or malformed entry, naming the key
	 */
	public static List<PovertyStandard> parse(Reader reader) throws IOException {
		Properties p = new Properties();
		p.load(reader);
		List<PovertyStandard> result = new ArrayList<>();
		for (String id : list(required(p, "standards"))) {
			StandardBuilder b = PovertyStandard.builder(id, intValue(p, id + ".version"))
				.jurisdiction(p.getProperty(id + ".jurisdiction", ""))
				.validFrom(date(p, id + ".validFrom"))
				.validTo(date(p, id + ".validTo"))
				.status(StandardStatus.valueOf(required(p, id + ".status").trim()))
				.indicators(list(required(p, id + ".indicators")))
				.minDeficiencies(intValue(p, id + ".minDeficiencies"))
				.legalReference(p.getProperty(id + ".legalReference", "").trim());
			String b2 = optional(p, id + ".b2PointsPerDeficiency");
			b.b2PointsPerDeficiency(b2 == null ? null : Integer.valueOf(b2));
			for (AreaType area : AreaType.values()) {
				String prefix = id + "." + area.name() + ".";
				String absolute = optional(p, prefix + "absolutePoorLine");
				String ceiling = optional(p, prefix + "averageLivingCeiling");
				String b1 = optional(p, prefix + "b1Cutoff");
				try {
					b.thresholds(area, new AreaThresholds(absolute == null ? null : Long.valueOf(absolute),
							Long.parseLong(required(p, prefix + "incomeLine")),
							ceiling == null ? null : Long.valueOf(ceiling), b1 == null ? null : Integer.valueOf(b1)));
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException(prefix + "*: " + e.getMessage(), e);
				}
			}
			b.cutoffs(cutoffs(p, id));
			TreeMap<Integer, String> notes = new TreeMap<>();
			String notePrefix = id + ".unconfirmed.";
			for (String key : p.stringPropertyNames()) {
				if (key.startsWith(notePrefix)) {
					notes.put(Integer.valueOf(key.substring(notePrefix.length())), p.getProperty(key).trim());
				}
			}
			notes.values().forEach(b::unconfirmed);
			result.add(b.build());
		}
		return result;
	}

	/**
	 * {@code <id>.cutoffs.<name>} keys; a cut-off not listed keeps its Decree 07 value.
	 */
	private static IndicatorCutoffs cutoffs(Properties p, String id) {
		Map<String, Number> values = new HashMap<>();
		String prefix = id + ".cutoffs.";
		for (String key : p.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				String v = required(p, key);
				try {
					values.put(key.substring(prefix.length()),
							v.contains(".") ? Double.valueOf(v) : Integer.valueOf(v));
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
				}
			}
		}
		try {
			return IndicatorCutoffs.of(values, IndicatorCutoffs.DECREE_07_2021);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(prefix + "*: " + e.getMessage(), e);
		}
	}

	private static String required(Properties p, String key) {
		String v = optional(p, key);
		if (v == null) {
			throw new IllegalArgumentException("missing " + key);
		}
		return v;
	}

	private static String optional(Properties p, String key) {
		String v = p.getProperty(key);
		return v == null || v.isBlank() ? null : v.trim();
	}

	private static int intValue(Properties p, String key) {
		try {
			return Integer.parseInt(required(p, key));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
		}
	}

	private static LocalDate date(Properties p, String key) {
		try {
			return LocalDate.parse(required(p, key));
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
		}
	}

	private static List<String> list(String csv) {
		return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
