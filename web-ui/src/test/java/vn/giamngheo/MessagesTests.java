package vn.giamngheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vietnamese and English say the same things, and every key a template names exists. */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/**
	 * All keys of one language, from every messages*_<language>.properties file there is.
	 */
	private static Set<String> keys(String bundle) throws IOException {
		String language = bundle.substring(bundle.lastIndexOf('_') + 1);
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files
				.filter(f -> f.getFileName().toString().matches("messages(_[a-z]+)*_" + language + "\\.properties"))
				.toList()) {
				load(file.getFileName().toString()).stringPropertyNames().forEach(keys::add);
			}
		}
		return keys;
	}

	/**
	 * A key defined twice silently takes the last text: two features that chose the same
	 * key would show each other's words (it happened to the area and register imports).
	 */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "messages_vi.properties", "messages_en.properties" })
	void noKeyIsDefinedTwice(String bundle) throws IOException {
		java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
		for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
				continue;
			}
			seen.merge(trimmed.substring(0, trimmed.indexOf('=')).strip(), 1, Integer::sum);
		}
		seen.values().removeIf(n -> n == 1);
		assertThat(seen).as("keys defined more than once in " + bundle).isEmpty();
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> vi = keys("messages_vi");
		Set<String> en = keys("messages_en");
		Set<String> missingInEnglish = new TreeSet<>(vi);
		missingInEnglish.removeAll(en);
		Set<String> missingInVietnamese = new TreeSet<>(en);
		missingInVietnamese.removeAll(vi);
		assertThat(missingInEnglish).as("keys missing from messages_en").isEmpty();
		assertThat(missingInVietnamese).as("keys missing from messages_vi").isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExistsInVietnamese() throws IOException {
		Set<String> vi = new HashSet<>(keys("messages_vi"));
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
				while (m.find()) {
					if (!vi.contains(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueShownInTheUiHasALabel() throws IOException {
		Set<String> vi = keys("messages_vi");
		for (Enum<?> e : vn.giamngheo.household.Ethnicity.values()) {
			assertThat(vi).contains("ethnicity." + e.name());
		}
		Stream.of(vn.giamngheo.household.Relationship.values())
			.forEach(e -> assertThat(vi).contains("relationship." + e));
		Stream.of(vn.giamngheo.household.Employment.values()).forEach(e -> assertThat(vi).contains("employment." + e));
		Stream.of(vn.giamngheo.household.EducationLevel.values())
			.forEach(e -> assertThat(vi).contains("education." + e));
		Stream.of(vn.giamngheo.household.Schooling.values()).forEach(e -> assertThat(vi).contains("schooling." + e));
		Stream.of(vn.giamngheo.household.Disability.values()).forEach(e -> assertThat(vi).contains("disability." + e));
		Stream.of(vn.giamngheo.household.HouseholdCategory.values())
			.forEach(e -> assertThat(vi).contains("category." + e));
		Stream.of(vn.giamngheo.account.Role.values()).forEach(e -> assertThat(vi).contains("role." + e));
		Stream.of(vn.giamngheo.area.AreaKind.values()).forEach(e -> assertThat(vi).contains("kind." + e));
		Stream.of(vn.giamngheo.household.CitizenId.Problem.values())
			.forEach(e -> assertThat(vi).contains("member.citizenId." + e));
	}

}
