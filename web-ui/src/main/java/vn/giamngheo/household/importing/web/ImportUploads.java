package vn.giamngheo.household.importing.web;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.giamngheo.household.persistence.importing.ImportProgress;
import vn.giamngheo.household.persistence.importing.ImportResult;
import vn.giamngheo.household.persistence.importing.RegisterFile;

/**
 * Imports in progress on the page: how far the check or the write has come (for the
 * progress bar) and the result. Known by a random token, owned by one user, forgotten
 * after an hour. The file itself is in the audit table from the dry run on, so the write
 * reads it from there; a restart loses only the progress, never the file.
 */
@Component
class ImportUploads {

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	static final class Upload implements ImportProgress {

		final String token;

		final String username;

		final String fileName;

		final Instant createdAt = Instant.now();

		volatile String phase = "read";

		volatile int done;

		volatile int total;

		volatile ImportResult result;

		volatile String failureKey;

		volatile boolean running;

		Upload(String token, String username, String fileName) {
			this.token = token;
			this.username = username;
			this.fileName = fileName;
		}

		@Override
		public void at(String phase, int done, int total) {
			this.phase = phase;
			this.done = done;
			this.total = total;
		}

		boolean finished() {
			return !running && (result != null || failureKey != null);
		}

		/**
		 * Reading and checking up to 40 %, writing up to 95 %, the duplicate search the
		 * rest.
		 */
		int percent() {
			if (finished()) {
				return 100;
			}
			return switch (phase) {
				case "check" -> total > 0 ? 40 * done / total : Math.min(35, 5 + done / 10_000);
				case "write" -> total > 0 ? 40 + 55 * done / total : 40;
				case "duplicates" -> 96;
				default -> 0;
			};
		}

	}

	private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

	private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "register-import");
		t.setDaemon(true);
		return t;
	});

	Upload create(String username, String fileName) {
		Instant cutoff = Instant.now().minus(KEEP);
		uploads.values().removeIf(u -> u.createdAt.isBefore(cutoff) && !u.running);
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		Upload upload = new Upload(HexFormat.of().formatHex(bytes), username, fileName);
		uploads.put(upload.token, upload);
		return upload;
	}

	Optional<Upload> find(String token, String username) {
		return Optional.ofNullable(uploads.get(token)).filter(u -> u.username.equals(username));
	}

	void run(Upload upload, Runnable work, boolean background) {
		upload.running = true;
		Runnable task = () -> {
			try {
				work.run();
			}
			catch (vn.giamngheo.household.persistence.importing.UnreadableFileException ex) {
				upload.failureKey = ex.key();
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				log.info("Import {} refused by the database: {}", upload.fileName, ex.getMessage());
				upload.failureKey = "import.error.changedMeanwhile";
			}
			catch (RuntimeException ex) {
				log.warn("Import of {} failed", upload.fileName, ex);
				upload.failureKey = "import.error.failed";
			}
			finally {
				upload.running = false;
			}
		};
		if (background) {
			workers.submit(task);
		}
		else {
			task.run();
		}
	}

	/**
	 * The reader for a file by its name, or by its first bytes (an .xlsx is a zip
	 * archive).
	 */
	static RegisterFile open(String fileName, byte[] bytes) {
		String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
		boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
		if (name.endsWith(".xlsx") || zip) {
			return new XlsxRegisterFile(bytes);
		}
		if (name.endsWith(".xls")) {
			throw new vn.giamngheo.household.persistence.importing.UnreadableFileException("import.file.xls");
		}
		return new vn.giamngheo.household.persistence.importing.CsvRegisterFile(bytes);
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

}
