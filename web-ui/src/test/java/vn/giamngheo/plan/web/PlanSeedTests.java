package vn.giamngheo.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.TargetKind;
import vn.giamngheo.plan.persistence.PlanRecords.PlanCommand;
import vn.giamngheo.plan.persistence.PlanRecords.TargetCommand;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.plan.persistence.PlanProgress;
import vn.giamngheo.plan.persistence.PlanTargets;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.plan.persistence.TargetActuals;
import vn.giamngheo.plan.persistence.TargetAllocations;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Plans from the seeds: Trà Cú's 2023 targets, and Trảng Bàng's 2023 jobs figure shown as
 * 116,12%.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class PlanSeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	PlanTargets targets;

	@Autowired
	TargetAllocations allocations;

	@Autowired
	TargetActuals actuals;

	@Autowired
	PlanProgress progressOf;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void loadsTraCusTargetsFromTheSeedAndTheirAllocationsAddUp() throws Exception {
		TraCuPlanSeed.Seed seed = TraCuPlanSeed.read();
		assertThat(seed.number()).isEqualTo("12/KH-UBND");
		assertThat(seed.issuedOn()).isEqualTo(LocalDate.of(2023, 2, 24));
		assertThat(seed.targets())
			.extracting(t -> t.indicator().name() + "=" + t.value().toPlainString()
					+ (t.baseline() == null ? "" : " from " + t.baseline().toPlainString()))
			.containsExactly("POVERTY_RATE=1.71 from 4.47", "POVERTY_RATE_KHMER=1.58 from 5.44",
					"HEALTH_INSURANCE_COVERAGE=100", "JOBS=3000", "REGULAR_EMPLOYMENT=85000", "WORKERS_ABROAD=140",
					"TRAINED_WORKERS_SHARE=67.67", "CERTIFIED_WORKERS_SHARE=33.77");

		Scope officer = TraCuPlanSeed.scopeOf(jdbc, "Trà Cú");
		long plan = TraCuPlanSeed.install(plans, targets, allocations, jdbc, officer);
		List<TargetProgress> progress = progressOf.progress(plan, officer, LocalDate.of(2023, 10, 15));
		assertThat(progress).hasSize(8);
		assertThat(progress).allSatisfy(p -> assertThat(p.allocationCheck().addsUp()).as(p.target().label()).isTrue());
		// Computed from the data: the poverty rate and insurance coverage have actuals,
		// jobs wait for an officer.
		assertThat(progress.get(0).actual()).isNotNull();
		assertThat(progress.get(0).source()).isEqualTo("DATA");
		assertThat(progress.get(2).actual()).isNotNull();
		// (other tests in this JVM may have entered jobs figures already: then they are
		// an officer's, never DATA)
		assertThat(progress.get(3).source()).isIn(null, "ENTERED");
		assertThat(progress.get(3).communes()).hasSize(17);

		mvc.perform(get("/plans/" + plan).with(user(users.loadUserByUsername("huyen.tracu"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("12/KH-UBND")))
			.andExpect(content().string(Matchers.containsString("3.000")))
			.andExpect(content().string(Matchers.containsString("67,67%")));
	}

	@Test
	void recordsTrangBangsJobsFigureAs116Point12Percent() throws Exception {
		// The demo province has no Trảng Bàng (Tây Ninh), so Cầu Ngang's officer records
		// the seed's figure.
		Scope officer = TraCuPlanSeed.scopeOf(jdbc, "Cầu Ngang");
		long district = jdbc.queryForObject("SELECT id FROM area WHERE level = 'DISTRICT' AND name = 'Cầu Ngang'",
				Long.class);
		long plan = plans.create(new PlanCommand(district, 2023, "TB-" + System.nanoTime() % 100000,
				LocalDate.of(2023, 1, 10), "UBND thị xã Trảng Bàng", "Lao động - việc làm năm 2023"), officer,
				"huyen.caungang");
		long jobs = targets.addTarget(plan, new TargetCommand(TargetIndicator.JOBS, TargetKind.COUNT_TO_REACH,
				"Tạo việc làm tăng thêm", new BigDecimal("3200"), null), officer, "huyen.caungang");
		mvc.perform(post("/plans/" + plan + "/targets/" + jobs + "/actuals")
			.with(user(users.loadUserByUsername("huyen.caungang")))
			.with(csrf())
			.param("value", "3.716")
			.param("asOf", "2023-12-31")
			.param("note", "Báo cáo tham luận năm 2023")).andExpect(status().is3xxRedirection());

		TargetProgress p = progressOf.progress(plan, officer, LocalDate.of(2024, 1, 15)).get(0);
		assertThat(p.actual()).isEqualByComparingTo("3716");
		assertThat(p.asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(p.progress().percent(2)).isEqualByComparingTo("116.12");
		assertThat(new PlanFormat().achievement(p.progress())).isEqualTo("116,12%");

		mvc.perform(get("/plans/" + plan + "/targets/" + jobs).with(user(users.loadUserByUsername("huyen.caungang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("116,12%")))
			.andExpect(content().string(Matchers.containsString("3.716")))
			.andExpect(content().string(Matchers.containsString("31/12/2023")));
	}

	@Test
	void onlyTheDistrictsOfficerEditsAndOthersReadWithinTheirScope() throws Exception {
		Scope officer = TraCuPlanSeed.scopeOf(jdbc, "Trà Cú");
		long plan = TraCuPlanSeed.install(plans, targets, allocations, jdbc, officer);
		long jobs = targets.targets(plan, officer)
			.stream()
			.filter(t -> t.indicator() == TargetIndicator.JOBS)
			.findFirst()
			.orElseThrow()
			.id();
		// Another district's officer neither reads nor writes it.
		mvc.perform(get("/plans/" + plan).with(user(users.loadUserByUsername("huyen.caungang"))))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> actuals.recordActual(jobs, null, BigDecimal.ONE, LocalDate.of(2023, 5, 1), null,
				TraCuPlanSeed.scopeOf(jdbc, "Cầu Ngang"), "huyen.caungang"))
			.isInstanceOf(OutOfScopeException.class);
		// The commune official reads their commune's part only, and cannot write.
		mvc.perform(get("/plans/" + plan).with(user(users.loadUserByUsername("xa.ngaixuyen"))))
			.andExpect(status().is3xxRedirection());
		long ngaiXuyen = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Ngãi Xuyên' AND level = 'COMMUNE'",
				Long.class);
		mvc.perform(
				get("/plans/" + plan + "/communes/" + ngaiXuyen).with(user(users.loadUserByUsername("xa.ngaixuyen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ngãi Xuyên")));
		mvc.perform(post("/plans/" + plan + "/targets/" + jobs + "/actuals").with(csrf())
			.with(user(users.loadUserByUsername("xa.ngaixuyen")))
			.param("value", "5")
			.param("asOf", "2023-05-01")).andExpect(status().isForbidden());
		// The province reads the plan's progress but cannot write.
		mvc.perform(get("/plans/" + plan).with(user(users.loadUserByUsername("so.travinh"))))
			.andExpect(status().isOk());
		mvc.perform(post("/plans/" + plan + "/targets/" + jobs + "/actuals").with(csrf())
			.with(user(users.loadUserByUsername("so.travinh")))
			.param("value", "5")
			.param("asOf", "2023-05-01")).andExpect(status().isForbidden());
		// Business refusals: a computed target takes no typed figure, a figure cannot be
		// dated in the future.
		long poverty = targets.targets(plan, officer).get(0).id();
		assertThatThrownBy(() -> actuals.recordActual(poverty, null, BigDecimal.ONE, LocalDate.of(2023, 5, 1), null,
				officer, "huyen.tracu"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("plan.actual.computed");
		assertThatThrownBy(() -> actuals.recordActual(jobs, null, BigDecimal.ONE, LocalDate.now().plusDays(3), null,
				officer, "huyen.tracu"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("plan.actual.future");
		assertThat(new Scope(Role.ADMIN, java.util.Set.of(), null).mayListPeople()).isFalse();
	}

}
