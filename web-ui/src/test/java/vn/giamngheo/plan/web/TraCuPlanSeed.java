package vn.giamngheo.plan.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.TargetKind;
import vn.giamngheo.plan.persistence.PlanRecords.AllocationCommand;
import vn.giamngheo.plan.persistence.PlanRecords.PlanCommand;
import vn.giamngheo.plan.persistence.PlanRecords.TargetCommand;
import vn.giamngheo.plan.persistence.PlanTargets;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.plan.persistence.TargetAllocations;

/**
 * Trà Cú's 2023 plan (Kế hoạch 12/KH-UBND ngày 24/02/2023), read from the seed text
 * {@code shared/seeds/004_d43b043405ae377f.txt}: its number, date and the figures of
 * section II.2. The seed says the targets are split across communes in an appendix, but
 * the appendix is not part of the seed text, so the tests allocate each target evenly
 * (counts: the remainder to the first communes) and check that it adds up.
 */
public final class TraCuPlanSeed {

	public static final String FILE = "004_d43b043405ae377f.txt";

	public record Target(TargetIndicator indicator, TargetKind kind, String label, BigDecimal value,
			BigDecimal baseline) {
	}

	public record Seed(String number, LocalDate issuedOn, String issuer, String title, List<Target> targets) {
	}

	private TraCuPlanSeed() {
	}

	/**
	 * Finds the seed from the module directory (tests run there) or any parent:
	 * ../../shared/seeds/…
	 */
	public static Path locate() {
		String override = System.getenv("GIAMNGHEO_SEEDS");
		if (override != null && Files.isReadable(Path.of(override, FILE))) {
			return Path.of(override, FILE);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("seeds").resolve(FILE);
			if (Files.isReadable(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Seed " + FILE + " not found above " + Path.of("").toAbsolutePath()
				+ " (set GIAMNGHEO_SEEDS to its folder)");
	}

	/**
	 * The user's seed document: from shared/seeds beside the checkout when it is there
	 * (developers' machines and this project's CI), otherwise the copy kept in the test
	 * resources (GitHub Actions, a plain clone).
	 */
	static String text() throws java.io.IOException {
		try {
			return Files.readString(locate(), StandardCharsets.UTF_8);
		}
		catch (IllegalStateException notBesideTheCheckout) {
			try (var in = TraCuPlanSeed.class.getResourceAsStream("/seeds/" + FILE)) {
				if (in == null) {
					throw notBesideTheCheckout;
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	public static Seed parse(String text) {
		String number = find(text, "Số:\\s*(\\S+)");
		Matcher date = Pattern.compile("Trà Cú, ngày (\\d+) tháng (\\d+) năm (\\d{4})").matcher(text);
		if (!date.find()) {
			throw new IllegalStateException("no date in the seed");
		}
		LocalDate issuedOn = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
				Integer.parseInt(date.group(1)));
		String title = find(text, "(KẾ HOẠCH\\s+Thực hiện[^\\n]+\\n[^\\n]+)").replaceAll("\\s+", " ")
			.replace("KẾ HOẠCH ", "Kế hoạch ");
		List<Target> targets = new ArrayList<>();
		BigDecimal poorBaseline = number(find(text, "chiếm tỷ lệ ([\\d,]+)% so với tổng số hộ dân cư toàn huyện"));
		BigDecimal khmerBaseline = number(find(text, "chiếm tỷ lệ ([\\d,]+)% so với tổng số hộ dân cư dân tộc Khmer"));
		targets.add(new Target(TargetIndicator.POVERTY_RATE, TargetKind.REDUCTION_POINTS, "Giảm tỷ lệ hộ nghèo",
				number(find(text, "Giảm tỷ lệ hộ nghèo đạt ([\\d,]+)%")), poorBaseline));
		targets.add(new Target(TargetIndicator.POVERTY_RATE_KHMER, TargetKind.REDUCTION_POINTS,
				"Giảm tỷ lệ hộ nghèo trong dân tộc Khmer",
				number(find(text, "giảm hộ nghèo trong dân tộc khmer ([\\d,]+)%")), khmerBaseline));
		targets.add(new Target(TargetIndicator.HEALTH_INSURANCE_COVERAGE, TargetKind.COVERAGE_SHARE,
				"Hộ nghèo, hộ cận nghèo được cấp thẻ Bảo hiểm y tế",
				number(find(text, "- (\\d+)% hộ nghèo, hộ cận nghèo; người dân sinh sống")), null));
		targets.add(new Target(TargetIndicator.JOBS, TargetKind.COUNT_TO_REACH,
				"Giải quyết việc làm trong và ngoài địa phương",
				number(find(text, "Giải quyết việc làm trong và ngoài địa phương ([\\d.]+) lao động")), null));
		targets.add(new Target(TargetIndicator.REGULAR_EMPLOYMENT, TargetKind.COUNT_TO_REACH,
				"Lao động trong độ tuổi có việc làm thường xuyên",
				number(find(text, "việc làm thường xuyên ([\\d.]+) lao động")), null));
		targets.add(new Target(TargetIndicator.WORKERS_ABROAD, TargetKind.COUNT_TO_REACH,
				"Đưa lao động đi làm việc nước ngoài theo hợp đồng",
				number(find(text, "nước ngoài theo hợp đồng ([\\d.]+) lao động")), null));
		targets.add(new Target(TargetIndicator.TRAINED_WORKERS_SHARE, TargetKind.COVERAGE_SHARE,
				"Tỷ lệ lao động qua đào tạo", number(find(text, "Tỷ lệ lao động qua đào tạo đạt ([\\d,]+)%")), null));
		targets.add(new Target(TargetIndicator.CERTIFIED_WORKERS_SHARE, TargetKind.COVERAGE_SHARE,
				"Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ",
				number(find(text, "có văn bằng, chứng chỉ đạt ([\\d,]+)%")), null));
		return new Seed(number, issuedOn, "Ủy ban nhân dân huyện Trà Cú", title, targets);
	}

	public static Seed read() throws IOException {
		return parse(text());
	}

	/**
	 * Creates the plan in the demo district of Trà Cú as its district officer, unless a
	 * plan with the seed's number is there already, and allocates every target evenly to
	 * the communes. Returns the plan id.
	 */
	public static long install(Plans plans, PlanTargets targets, TargetAllocations allocating, JdbcTemplate jdbc,
			Scope officer) throws IOException {
		Seed seed = read();
		List<Long> existing = jdbc.queryForList("SELECT id FROM plan WHERE number = ? AND year = 2023", Long.class,
				seed.number());
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		long district = jdbc.queryForObject("SELECT id FROM area WHERE level = 'DISTRICT' AND name = 'Trà Cú'",
				Long.class);
		long plan = plans.create(
				new PlanCommand(district, 2023, seed.number(), seed.issuedOn(), seed.issuer(), seed.title()), officer,
				"huyen.tracu");
		var communes = plans.communesOfArea(district);
		for (Target t : seed.targets()) {
			long target = targets.addTarget(plan,
					new TargetCommand(t.indicator(), t.kind(), t.label(), t.value(), t.baseline()), officer,
					"huyen.tracu");
			List<AllocationCommand> allocations = new ArrayList<>();
			if (t.kind().additive()) {
				long total = t.value().longValueExact();
				long each = total / communes.size();
				long remainder = total % communes.size();
				for (int i = 0; i < communes.size(); i++) {
					allocations.add(new AllocationCommand(communes.get(i).id(),
							BigDecimal.valueOf(each + (i < remainder ? 1 : 0)), null, null));
				}
			}
			else {
				communes.forEach(c -> allocations.add(new AllocationCommand(c.id(), t.value(), null, null)));
			}
			long version = targets.target(target, officer).version();
			allocating.allocate(target, version, allocations, officer, "huyen.tracu");
		}
		return plan;
	}

	public static Scope scopeOf(JdbcTemplate jdbc, String district) {
		List<Long> communes = jdbc.queryForList("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				WHERE d.name = ? AND d.level = 'DISTRICT' AND c.level = 'COMMUNE'""", Long.class, district);
		return new Scope(Role.DISTRICT_OFFICER, new java.util.HashSet<>(communes), null);
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("seed has no match for " + regex);
		}
		return m.group(1);
	}

	/** "3.000" -> 3000, "1,71" -> 1.71 (Vietnamese grouping and decimal marks). */
	static BigDecimal number(String text) {
		return new BigDecimal(text.replace(".", "").replace(',', '.'));
	}

}
