package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's verification of the feature modules (issue 10): each top-level
 * package under {@code vn.giamngheo} is a module whatever Maven module its classes come
 * from, its sub-packages ({@code .persistence}, {@code .web}, …) are internal unless a
 * {@code @NamedInterface} exposes a type, and each module's package-info.java lists the
 * modules (and named interfaces) it may depend on. {@code verify()} rejects cycles, uses
 * of another module's internals and dependencies not listed. The violations not yet fixed
 * are listed, one by one, in {@code modularity-residual-violations.txt}: a new one fails
 * the build, and so does a listed one that is gone.
 * <p>
 * The test also writes Modulith's documentation (component diagrams, module canvases) to
 * {@code target/spring-modulith-docs}; {@code src-docs/refresh-module-docs.sh} copies it
 * to src-docs.
 */
class ModularityTests {

	/**
	 * The classes of all three Maven modules; the persistence test-jar's helpers are
	 * tests, not modules.
	 */
	static final ApplicationModules MODULES = ApplicationModules.of(GiamNgheoApplication.class,
			location -> new ImportOption.DoNotIncludeTests().includes(location) && !location.contains("-tests.jar"));

	private static final Pattern NOT_EXPOSED = Pattern
		.compile("^Module '(\\w+)' depends on non-exposed type (\\S+) within module '\\w+'!");

	private static final Pattern SOURCE_FILE = Pattern.compile("\\((\\w+)\\.java:\\d+\\)");

	private static final Pattern SLICE = Pattern.compile("Slice (\\w+)");

	@Test
	void everyViolationLeftIsListedAndEveryListedOneIsLeft() throws IOException {
		Set<String> found = MODULES.detectViolations()
			.getMessages()
			.stream()
			.map(ModularityTests::name)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(found).as("violations of the module rules (modularity-residual-violations.txt lists the known ones)")
			.containsExactlyInAnyOrderElementsOf(listed());
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

	/**
	 * A violation's stable name: no line numbers, one name for the many accesses of one
	 * class to one type.
	 */
	static String name(String message) {
		String first = message.lines().findFirst().orElse("");
		Matcher notExposed = NOT_EXPOSED.matcher(first);
		if (notExposed.find()) {
			Matcher source = SOURCE_FILE.matcher(message);
			return notExposed.group(1) + " " + (source.find() ? source.group(1) : "?") + " -> " + notExposed.group(2);
		}
		if (first.startsWith("Cycle detected")) {
			String cycle = message.lines()
				.takeWhile(line -> !line.strip().startsWith("1."))
				.map(SLICE::matcher)
				.filter(Matcher::find)
				.map(m -> m.group(1))
				.collect(Collectors.joining(" -> "));
			return "cycle " + cycle;
		}
		return first.replaceAll(" Allowed targets: .*", "");
	}

	private static Set<String> listed() throws IOException {
		try (InputStream in = ModularityTests.class.getResourceAsStream("/modularity-residual-violations.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

}
