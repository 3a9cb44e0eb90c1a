package vn.giamngheo;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module rules of src-docs/developer/architecture.md, checked on the compiled classes
 * of all three modules ({@code ModularityTests} checks the modules' dependencies; these
 * are the rules Modulith has none for). Where a rule still has exceptions, they are
 * listed here one by one with the reason, and the test fails both on a new violation and
 * on a listed one that is gone, so the lists only shrink.
 */
class ArchitectureTests {

	/** Main classes only: the persistence test-jar's classes are tests too. */
	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(
				location -> new ImportOption.DoNotIncludeTests().includes(location) && !location.contains("-tests.jar"))
		.importPackages("vn.giamngheo");

	/**
	 * Who writes which table: every table a main class writes with SQL
	 * ({@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM}, {@code COPY … (},
	 * {@code TRUNCATE}) has one owning feature, and only that feature's classes write it.
	 * The JPA entities' tables are owned by the entity's feature, and their repositories'
	 * writes are checked by {@link #noFeatureWritesAnotherFeaturesTables}.
	 * src-docs/developer/architecture.md has this table; a new table must be added to
	 * both.
	 */
	static final Map<String, String> TABLE_OWNERS = owners(Map.of("account", "account account_area login_throttle",
			"area", "area area_succession", "audit", "audit_event", "household",
			"household household_member household_change household_submission household_merge "
					+ "household_merge_step duplicate_candidate register_import register_import_commune",
			"poverty", "poverty_standard poverty_standard_threshold", "review",
			"review_campaign campaign_commune commune_review_list commune_review_list_event household_review "
					+ "review_event review_application review_complaint review_meeting review_posting "
					+ "review_decision_scan regular_review_meeting regular_review_posting review_late_entry "
					+ "review_digest_recipient province_approval_chain province_plan_setting poverty_assessment",
			"support", "support_program support_disbursement support_batch support_loan", "plan",
			"plan plan_target target_allocation target_actual", "report",
			"area_summary area_summary_ethnicity official_snapshot official_snapshot_ethnicity "
					+ "official_snapshot_household official_snapshot_movement"));

	/**
	 * Writes into another feature's table, each with its reason. The demo province
	 * ({@code vn.giamngheo.demo}) is seed data and writes every feature's tables; it is
	 * not listed.
	 */
	private static final Map<String, String> FOREIGN_WRITES = Map.of("area.AreaSuccessions -> household",
			"an area reform moves the households of a commune wholly taken over, in the reform's transaction",
			"area.AreaSuccessions -> household_change", "the line in each moved household's history",
			"household.HouseholdMerger -> household_review",
			"a merge moves every record of the absorbed household to the survivor, journaled step by step; it cannot "
					+ "call review.ReviewWriter (review depends on household)",
			"household.HouseholdMerger -> support_disbursement",
			"a merge moves the absorbed household's grants and flags the ones paid twice",
			"poverty.DemoAssessments -> poverty_assessment",
			"the demo province's assessments, written in bulk by the feature that knows the indicators");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern WRITE = Pattern
		.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?)\\s+([a-z_][a-z0-9_]*)\\b"
				+ "|\\bCOPY\\s+([a-z_][a-z0-9_]*)\\s*\\(");

	/**
	 * core-domain packages are the feature packages themselves; adapters live in
	 * sub-packages.
	 */
	private static final String[] ADAPTER_PACKAGES = { "..persistence..", "..web..", "vn.giamngheo.config..",
			"vn.giamngheo.demo..", "vn.giamngheo.testsupport..", "vn.giamngheo" };

	@Test
	void theDomainUsesNeitherSpringNorJpa() {
		noClasses().that()
			.resideOutsideOfPackages(ADAPTER_PACKAGES)
			.should()
			.dependOnClassesThat(resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
					"jakarta.servlet..")
				// the module declarations of package-info.java: annotations only, no
				// Spring code runs
				.and(not(resideInAPackage("org.springframework.modulith"))))
			.check(CLASSES);
	}

	@Test
	void persistenceNeverReachesUpToTheWeb() {
		noClasses().that()
			.resideInAnyPackage("..persistence..", "vn.giamngheo.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "vn.giamngheo.config..")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivateAndLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.andShould()
			.resideInAPackage("..web..")
			.check(CLASSES);
	}

	@Test
	void noControllerTouchesARepository() {
		Set<String> found = new TreeSet<>();
		for (JavaClass c : CLASSES) {
			boolean controller = c.getPackageName().contains(".web") || c.isAnnotatedWith(Controller.class)
					|| c.isAnnotatedWith(RestController.class);
			if (controller) {
				c.getDirectDependenciesFromSelf()
					.stream()
					.map(d -> d.getTargetClass().getBaseComponentType())
					.filter(t -> t.isAssignableTo(Repository.class))
					.forEach(t -> found.add(name(c) + " -> " + name(t)));
			}
		}
		assertThat(found).as("controllers that use a Spring Data repository").isEmpty();
	}

	@Test
	void repositoriesAndEntitiesAreNotUsedOutsideTheirFeature() {
		Set<String> found = new TreeSet<>();
		for (JavaClass c : CLASSES) {
			c.getDirectDependenciesFromSelf()
				.stream()
				.map(d -> d.getTargetClass().getBaseComponentType())
				.filter(t -> t.getPackageName().startsWith("vn.giamngheo."))
				.filter(t -> t.isAssignableTo(Repository.class) || t.isAnnotatedWith(Entity.class))
				.filter(t -> !feature(t).equals(feature(c)))
				.forEach(t -> found.add(name(c) + " -> " + name(t)));
		}
		// other features read the area tree as AreaView values (AreaQueries) and the
		// register as RegisteredHousehold
		assertThat(found).as("repositories and entities used outside their feature").isEmpty();
	}

	@Test
	void noFeatureWritesAnotherFeaturesTables() throws IOException {
		// JPA: no class saves or deletes through another feature's repository (no
		// exception)
		Set<String> jpa = new TreeSet<>();
		for (JavaClass c : CLASSES) {
			for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
				JavaClass owner = call.getTargetOwner();
				if (owner.isAssignableTo(Repository.class) && !feature(owner).equals(feature(c))
						&& call.getName().matches("(save|delete).*")) {
					jpa.add(name(c) + " -> " + name(owner) + "." + call.getName());
				}
			}
		}
		assertThat(jpa).as("writes through another feature's repository").isEmpty();

		// SQL: the tables written by each main class's statements, against the owners
		Map<String, String> foreign = new TreeMap<>();
		Set<String> unowned = new TreeSet<>();
		for (String[] write : sqlWrites()) {
			String writer = write[0];
			String table = write[1];
			String feature = writer.substring(0, writer.indexOf('.'));
			String owner = TABLE_OWNERS.get(table);
			if (owner == null) {
				unowned.add(table + " (" + writer + ")");
			}
			else if (!owner.equals(feature) && !feature.equals("demo")) {
				foreign.put(writer + " -> " + table, owner);
			}
		}
		assertThat(unowned).as("tables written without an owner in TABLE_OWNERS (and architecture.md)").isEmpty();
		assertThat(foreign.keySet()).as("writes into another feature's table")
			.containsExactlyInAnyOrderElementsOf(FOREIGN_WRITES.keySet());
	}

	/**
	 * Issue 10, item 3: a review and its history have one writer, {@code ReviewWriter},
	 * so every write of them takes the optimistic-lock check and writes its event. The
	 * only other class whose SQL writes these tables is the allowed cross-feature one of
	 * {@link #FOREIGN_WRITES} (the household merge; household cannot call review). A
	 * fifth writer, in review or anywhere, fails here.
	 */
	@Test
	void reviewsAndTheirEventsHaveOneWriter() throws IOException {
		Set<String> tables = Set.of("household_review", "review_event");
		String writer = "review.ReviewWriter";
		Set<String> others = new TreeSet<>();
		Set<String> written = new TreeSet<>();
		for (String[] write : sqlWrites()) {
			if (tables.contains(write[1])) {
				(write[0].equals(writer) ? written : others).add(write[0] + " -> " + write[1]);
			}
		}
		assertThat(written).as("the tables " + writer + " writes")
			.containsExactlyInAnyOrder(writer + " -> household_review", writer + " -> review_event");
		assertThat(others).as("classes other than " + writer + " whose SQL writes a review or its events")
			.containsExactlyInAnyOrderElementsOf(FOREIGN_WRITES.keySet()
				.stream()
				.filter(w -> tables.contains(w.substring(w.indexOf(" -> ") + 4)))
				.toList());
	}

	/**
	 * Every table written by a statement in a string literal of a main source: {writer,
	 * table}, the writer named {@code feature.SimpleFileName}.
	 */
	private static List<String[]> sqlWrites() throws IOException {
		List<String[]> writes = new ArrayList<>();
		for (String module : new String[] { "core-domain", "persistence", "web-ui" }) {
			Path root = Path.of("..", module, "src/main/java");
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
					String feature = root.relativize(file).getName(2).toString();
					String writer = feature + "." + file.getFileName().toString().replace(".java", "");
					Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
					while (literal.find()) {
						Matcher write = WRITE.matcher(literal.group(1) != null ? literal.group(1) : literal.group(2));
						while (write.find()) {
							writes
								.add(new String[] { writer, write.group(1) != null ? write.group(1) : write.group(2) });
						}
					}
				}
			}
		}
		return writes;
	}

	private static Map<String, String> owners(Map<String, String> tablesByFeature) {
		Map<String, String> owners = new TreeMap<>();
		tablesByFeature.forEach((feature, tables) -> {
			for (String table : tables.split(" ")) {
				owners.put(table, feature);
			}
		});
		return owners;
	}

	/** The feature of a class: the package right under vn.giamngheo. */
	private static String feature(JavaClass c) {
		String name = c.getPackageName().replaceFirst("^vn\\.giamngheo\\.?", "");
		int dot = name.indexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	private static String name(JavaClass c) {
		JavaClass outer = c;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer.getName().replaceFirst("^vn\\.giamngheo\\.", "");
	}

	/**
	 * Issue 10: a controller gets the caller as a {@code Scope} or {@code AppUser}
	 * parameter ({@code CallerArguments}), never by a static look-up, so a method that
	 * uses the scope says so and a test can hand it one. The security context itself is
	 * read only by the filter that ends stale sessions ({@code AccountSessionCheck},
	 * before any handler) and by row-level security's {@code LoggedInCaller} (config,
	 * where a transaction begins).
	 */
	@Test
	void webClassesGetTheCallerFromTheirParameters() {
		noClasses().that()
			.resideInAPackage("..web..")
			.and()
			.doNotHaveFullyQualifiedName("vn.giamngheo.account.web.AccountSessionCheck")
			.should()
			.callMethod(org.springframework.security.core.context.SecurityContextHolder.class, "getContext")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleName("CurrentUser")
			.because("the caller comes in as a Scope or AppUser parameter (CallerArguments), resolved once per request")
			.check(CLASSES);
	}

}
