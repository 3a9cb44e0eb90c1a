package vn.giamngheo.poverty.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;
import vn.giamngheo.poverty.facts.DwellingFacts;
import vn.giamngheo.poverty.facts.EducationLevel;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.InformationDevice;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.MemberFacts;
import vn.giamngheo.poverty.facts.WaterSource;

/**
 * Households classified per second from review facts on one thread (ops/s = households/s). Facts are generated once
 * with a fixed seed (household size 1–7, ages 0–85, a mix of deficiencies) and cycled, so the figure measures the
 * rules and classification, not generation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ClassifyFromFactsBenchmark {

	private static final int SIZE = 1 << 17; // 131,072 distinct households, cycled
	private static final LocalDate REVIEW_DATE = LocalDate.of(2025, 10, 1);

	private PovertyStandard standard;
	private HouseholdFacts[] facts;
	private long[] incomes;
	private AreaType[] areas;
	private int next;

	@Setup
	public void generate() {
		standard = PovertyStandards.builtIn().applicable(null, REVIEW_DATE).orElseThrow();
		Random r = new Random(20251001L);
		facts = new HouseholdFacts[SIZE];
		incomes = new long[SIZE];
		areas = new AreaType[SIZE];
		EducationLevel[] levels = EducationLevel.values();
		EmploymentStatus[] jobs = EmploymentStatus.values();
		WaterSource[] water = WaterSource.values();
		LatrineType[] latrines = LatrineType.values();
		for (int i = 0; i < SIZE; i++) {
			int size = 1 + r.nextInt(7);
			List<MemberFacts> members = new ArrayList<>(size);
			for (int m = 0; m < size; m++) {
				LocalDate born = REVIEW_DATE.minusDays(r.nextInt(85 * 365));
				MemberFacts.Builder b = MemberFacts.builder("Thành viên " + i + "-" + m, born)
						.healthInsuranceCard(r.nextInt(10) > 0)
						.highestEducation(levels[r.nextInt(levels.length)])
						.employment(jobs[r.nextInt(jobs.length)])
						.monthlySocialAllowance(r.nextInt(12) == 0)
						.malnourished(r.nextInt(15) == 0);
				if (r.nextInt(3) > 0) {
					b.attending(EducationLevel.PRIMARY);
				}
				members.add(b.build());
			}
			facts[i] = HouseholdFacts.builder(REVIEW_DATE).members(members)
					.dwelling(new DwellingFacts(r.nextInt(5) > 0, r.nextInt(5) > 0, r.nextInt(4) > 0,
							5 + r.nextInt(120)))
					.waterSource(water[r.nextInt(water.length)])
					.latrine(latrines[r.nextInt(latrines.length)])
					.anyoneUsesTelecom(r.nextInt(10) > 0)
					.informationDevices(r.nextInt(6) == 0 ? EnumSet.noneOf(InformationDevice.class)
							: EnumSet.of(InformationDevice.SMARTPHONE))
					.receivesLoudspeakerBroadcast(r.nextBoolean())
					.build();
			incomes[i] = 500_000L + r.nextInt(3_000_000);
			areas[i] = r.nextInt(3) == 0 ? AreaType.URBAN : AreaType.RURAL;
		}
	}

	/** The full entry point: a Classification with lazily built reasons. */
	@Benchmark
	public Classification classify() {
		int i = next++ & (SIZE - 1);
		return standard.classify(areas[i], incomes[i], facts[i], Map.of());
	}

	/** The allocation-free path used for bulk statistics. */
	@Benchmark
	public PovertyCategory categoryOnly() {
		int i = next++ & (SIZE - 1);
		return standard.categoryFromFacts(areas[i], incomes[i], facts[i]);
	}
}
