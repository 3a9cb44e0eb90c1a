/**
 * The generated demo province. It writes every feature's tables (seed data, the one
 * writer allowed to) and calls each feature's {@code demo} named interface where the
 * feature itself knows how its records are made. Only {@code config} depends on it.
 */
@ApplicationModule(displayName = "Demo province",
		allowedDependencies = { "area", "area::tree", "area::reform", "household", "poverty", "poverty::standards",
				"poverty::demo", "report", "report::demo", "support", "support::demo", "shared" })
package vn.giamngheo.demo;

import org.springframework.modulith.ApplicationModule;
