package vn.giamngheo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module rules of src-docs/developer/architecture.md, checked on the compiled classes of all three modules. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.giamngheo");

	/** core-domain packages are the feature packages themselves; adapters live in sub-packages. */
	private static final String[] ADAPTER_PACKAGES = { "..persistence..", "..web..", "vn.giamngheo.config..",
			"vn.giamngheo.demo..", "vn.giamngheo.testsupport..", "vn.giamngheo" };

	@Test
	void theDomainUsesNeitherSpringNorJpa() {
		noClasses().that()
			.resideOutsideOfPackages(ADAPTER_PACKAGES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "jakarta.servlet..")
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

	/**
	 * Issue 10: a controller gets the caller as a {@code Scope} or {@code AppUser} parameter ({@code CallerArguments}),
	 * never by a static look-up, so a method that uses the scope says so and a test can hand it one. The security
	 * context itself is read only by the filter that ends stale sessions ({@code AccountSessionCheck}, before any
	 * handler) and by row-level security's {@code LoggedInCaller} (config, where a transaction begins).
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
