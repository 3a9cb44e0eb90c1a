package vn.giamngheo.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times of each scenario as the virtual users record them (Gatling's
 * {@code responseTimeInMillis} check), so that p50/p95/p99 and requests per second can be
 * printed per scenario, over the scenario's own time window, at the end of the run.
 * Gatling's HTML report has the same percentiles; its requests/s are over the whole run.
 */
final class LoadStats {

	static final class Series {

		final Queue<Long> okMillis = new ConcurrentLinkedQueue<>();

		final AtomicLong failed = new AtomicLong();

		final AtomicLong firstNanos = new AtomicLong(Long.MAX_VALUE);

		final AtomicLong lastNanos = new AtomicLong(Long.MIN_VALUE);

		long[] sorted() {
			long[] values = okMillis.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(values);
			return values;
		}

		/**
		 * Requests (answered or not) per second between the first and the last answer.
		 */
		double perSecond() {
			long count = okMillis.size() + failed.get();
			double seconds = (lastNanos.get() - firstNanos.get()) / 1e9;
			return seconds <= 0 ? 0 : count / seconds;
		}

	}

	private static final Map<String, Series> SERIES = new ConcurrentHashMap<>();

	private LoadStats() {
	}

	static void record(String scenario, long millis, boolean ok) {
		Series s = SERIES.computeIfAbsent(scenario, k -> new Series());
		long now = System.nanoTime();
		s.firstNanos.accumulateAndGet(now - millis * 1_000_000, Math::min);
		s.lastNanos.accumulateAndGet(now, Math::max);
		if (ok) {
			s.okMillis.add(millis);
		}
		else {
			s.failed.incrementAndGet();
		}
	}

	static Series get(String scenario) {
		return SERIES.get(scenario);
	}

	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
