package vn.giamngheo.review.sheet.web;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.SheetRow;

/**
 * Uploaded sheets waiting for the official: the rows read, how far the check has come
 * (for the progress bar), its result, and whether they were written. Each upload is known
 * by a random token and belongs to one user, campaign and commune; it is forgotten after
 * 30 minutes. Held in memory: an upload in progress does not survive a restart, and the
 * official simply uploads again (nothing was written).
 */
@Component
class SheetUploads {

	private static final Logger log = LoggerFactory.getLogger(SheetUploads.class);

	private static final Duration KEEP = Duration.ofMinutes(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** One upload. Fields change from the background task, so they are volatile. */
	static final class Upload {

		final String token;

		final String username;

		final long campaignId;

		final long communeId;

		final String fileName;

		final Instant createdAt = Instant.now();

		volatile List<SheetRow> rows = List.of();

		volatile String phase = "read";

		volatile int done;

		volatile int total;

		volatile ReviewSheets.Result result;

		volatile String failureKey;

		volatile boolean written;

		Upload(String token, String username, long campaignId, long communeId, String fileName) {
			this.token = token;
			this.username = username;
			this.campaignId = campaignId;
			this.communeId = communeId;
			this.fileName = fileName;
		}

		boolean finished() {
			return result != null || failureKey != null;
		}

		int percent() {
			if (finished()) {
				return 100;
			}
			int base = "read".equals(phase) ? 0 : "check".equals(phase) ? 30 : 60;
			int span = "read".equals(phase) ? 30 : "check".equals(phase) ? 70 : 40;
			return total == 0 ? base : Math.min(99, base + span * done / total);
		}

	}

	private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

	private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "review-sheet-upload");
		t.setDaemon(true);
		return t;
	});

	/**
	 * At most this many uploads of one person are kept; a new one pushes out their
	 * oldest.
	 */
	static final int PER_USER = 2;

	/**
	 * At most this many rows are held for all uploads together; the oldest uploads go
	 * first.
	 */
	static final int ROW_BUDGET = 200_000;

	/**
	 * Registers a new upload. The map is bounded three ways (issue 11, finding 2):
	 * uploads expire after 30 minutes, one person keeps at most {@link #PER_USER}, and
	 * all together hold at most {@link #ROW_BUDGET} rows.
	 */
	synchronized Upload create(String username, long campaignId, long communeId, String fileName) {
		Instant cutoff = Instant.now().minus(KEEP);
		uploads.values().removeIf(u -> u.createdAt.isBefore(cutoff));
		List<Upload> oldestFirst = uploads.values()
			.stream()
			.sorted(java.util.Comparator.comparing(u -> u.createdAt))
			.toList();
		List<Upload> mine = oldestFirst.stream().filter(u -> u.username.equals(username)).toList();
		for (int i = 0; i <= mine.size() - PER_USER; i++) {
			uploads.remove(mine.get(i).token);
		}
		int held = uploads.values().stream().mapToInt(u -> u.rows.size()).sum();
		for (Upload old : oldestFirst) {
			if (held <= ROW_BUDGET - ReviewSheetWorkbook.MAX_ROWS) {
				break;
			}
			if (uploads.remove(old.token) != null) {
				held -= old.rows.size();
			}
		}
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		Upload upload = new Upload(HexFormat.of().formatHex(bytes), username, campaignId, communeId, fileName);
		uploads.put(upload.token, upload);
		return upload;
	}

	/** The upload, if it exists and belongs to this user, campaign and commune. */
	Optional<Upload> find(String token, String username, long campaignId, long communeId) {
		return Optional.ofNullable(uploads.get(token))
			.filter(u -> u.username.equals(username) && u.campaignId == campaignId && u.communeId == communeId);
	}

	int size() {
		return uploads.size();
	}

	void forget(String token) {
		uploads.remove(token);
	}

	void runInBackground(Upload upload, Runnable work) {
		workers.submit(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.warn("Checking uploaded sheet {} failed", upload.fileName, ex);
				upload.failureKey = "reviewSheet.error.failed";
			}
		});
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

}
