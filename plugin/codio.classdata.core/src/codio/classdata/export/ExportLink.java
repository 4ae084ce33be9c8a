package codio.classdata.export;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportStatus;

/**
 * One export of a class as the user sees it: what Codio's list says, plus what the plugin knows from its
 * {@link ExportHistory}. Values nobody can know (the start of an export made elsewhere) stay empty.
 *
 * @param startedAt    when the plugin started it, if it did
 * @param expiresAt    start + 7 days, when the start is known
 * @param downloadedTo where the file was saved, if the plugin saved it
 * @param size         the saved file's size, if known
 */
public record ExportLink(String courseId, ExportKind kind, String taskId, Status status, String url, String error,
		Optional<Instant> startedAt, Optional<Instant> expiresAt, Optional<String> downloadedTo, Optional<Long> size) {

	/** Codio keeps an export's file for this long. */
	public static final Duration LIFETIME = Duration.ofDays(7);

	/** Where an export stands. */
	public enum Status {
		RUNNING("running"), READY("ready"), FAILED("failed"), EXPIRED("expired");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Combines Codio's status of a task with the history's entry for it, as of {@code now}. */
	public static ExportLink of(String courseId, ExportKind kind, ExportStatus status,
			Optional<ExportHistory.Entry> known, Instant now) {
		Optional<Instant> started = known.map(ExportHistory.Entry::startedAt);
		Optional<Instant> expires = started.map(start -> start.plus(LIFETIME));
		Status state;
		if (status.failed()) {
			state = Status.FAILED;
		} else if (!status.done()) {
			state = Status.RUNNING;
		} else if (expires.isPresent() && !now.isBefore(expires.get())) {
			state = Status.EXPIRED;
		} else {
			state = Status.READY;
		}
		return new ExportLink(courseId, kind, status.taskId(), state, status.url(), status.error(), started, expires,
				known.map(ExportHistory.Entry::downloadedTo), known.map(ExportHistory.Entry::size));
	}
}
