package codio.classdata.export;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished download.
 *
 * @param file        where the file now is, under its final name
 * @param bytes       its size
 * @param resumedFrom bytes already on disk from an earlier, interrupted attempt (0 when it started afresh)
 * @param resumes     how often a dropped connection was resumed during this run
 * @param elapsed     wall-clock time of this run
 */
public record DownloadResult(Path file, long bytes, long resumedFrom, int resumes, Duration elapsed) {

	/** Average speed of this run in MB/s (10^6 bytes). */
	public double megabytesPerSecond() {
		double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
		return (bytes - resumedFrom) / 1e6 / seconds;
	}
}
