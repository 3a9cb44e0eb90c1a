package vn.giamngheo.review.steps;

import java.util.Optional;

/**
 * A scan of signed paper (meeting minutes, the chair's decision): PDF, JPEG or PNG,
 * recognised by its first bytes rather than by the name or the browser's declared type,
 * and capped at {@link StepRules#SCAN_MAX_BYTES}.
 */
public record ScanFile(byte[] content, String contentType, String fileName) {

	/** The scan, or the message key that says why it is refused. */
	public static ScanFile check(byte[] content, String fileName) {
		if (content == null || content.length == 0) {
			throw new StepsRefused("scan", "steps.scan.required");
		}
		if (content.length > StepRules.SCAN_MAX_BYTES) {
			throw new StepsRefused("scan", "steps.scan.tooLarge");
		}
		String type = sniff(content).orElseThrow(() -> new StepsRefused("scan", "steps.scan.type"));
		String name = fileName == null || fileName.isBlank() ? "scan" : fileName.strip();
		name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return new ScanFile(content, type, name);
	}

	static Optional<String> sniff(byte[] b) {
		if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
			return Optional.of("application/pdf");
		}
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] b, int... magic) {
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
