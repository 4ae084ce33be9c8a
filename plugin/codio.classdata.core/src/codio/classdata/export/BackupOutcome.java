package codio.classdata.export;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the backup of one class went.
 *
 * @param file  the saved file (also when skipped), or null when it failed
 * @param bytes the file's size, 0 when it failed
 * @param error why it failed, written for the user; null otherwise
 */
public record BackupOutcome(String courseId, String courseName, Status status, Path file, long bytes,
		String error) {

	/** What happened to a class in this run. */
	public enum Status {
		/** Exported and downloaded in this run. */
		SAVED,
		/** Already in the folder, complete, from an earlier run. */
		SKIPPED,
		/** Not backed up; see the error. The next run tries again. */
		FAILED;

		/** Lower case, as the command line shows it. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	static BackupOutcome saved(String courseId, String courseName, Path file, long bytes) {
		return new BackupOutcome(courseId, courseName, Status.SAVED, file, bytes, null);
	}

	static BackupOutcome skipped(String courseId, String courseName, Path file, long bytes) {
		return new BackupOutcome(courseId, courseName, Status.SKIPPED, file, bytes, null);
	}

	static BackupOutcome failed(String courseId, String courseName, String error) {
		return new BackupOutcome(courseId, courseName, Status.FAILED, null, 0, error);
	}

	/** Whether the class's backup is in the folder now. */
	public boolean succeeded() {
		return status != Status.FAILED;
	}
}
