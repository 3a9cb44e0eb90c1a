package vn.giamngheo.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestDatabase} of this run, ahead of
 * application.properties, so no test can reach a developer's own database by accident; a
 * test class that names {@code giamngheo.test.own-database} gets a sibling database
 * instead ({@link TestDatabase#sibling}). Registered in META-INF/spring.factories.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// giamngheo.test.own-database=<name> (a test's properties) gives the context
			// a database of its own.
			String own = config.getPropertySourceProperties() == null ? null
					: java.util.Arrays.stream(config.getPropertySourceProperties())
						.filter(p -> p.startsWith("giamngheo.test.own-database="))
						.map(p -> p.substring(p.indexOf('=') + 1).trim())
						.findFirst()
						.orElse(null);
			TestDatabase.Coordinates db = own == null ? TestDatabase.get() : TestDatabase.sibling(own);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("giamngheoTestDatabase", Map.of("spring.datasource.url", db.url(),
						"spring.datasource.username", db.username(), "spring.datasource.password", db.password())));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
