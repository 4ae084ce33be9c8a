package codio.classdata.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Builds small User Access Data files for tests: one line per event, in Codio's column order, times as minutes after
 * a fixed start so that tests read like timelines.
 */
final class AccessCsvText {

	static final String HEADER = "Username,Email,First Name,Last Name,Date,Access Type,Unit,Role,Project Path,IP Address";
	static final Instant START = Instant.parse("2026-02-02T09:00:00Z");
	private static final DateTimeFormatter CODIO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneOffset.UTC);

	private final StringBuilder text = new StringBuilder(HEADER).append('\n');

	/** An event {@code minute} minutes after {@link #START}. */
	AccessCsvText event(String user, double minute, String type, String unit, String ip) {
		return event(user, minute, type, unit, ip, "Student");
	}

	AccessCsvText event(String user, double minute, String type, String unit, String ip, String role) {
		String path = unit.isEmpty() ? "" : user + "/" + unit.toLowerCase().replace(' ', '-');
		text.append(String.join(",", user, user + "@school.example", "First " + user, "Last " + user,
				CODIO.format(at(minute)), type, unit, role, path, ip)).append('\n');
		return this;
	}

	/** A raw line, as is. */
	AccessCsvText line(String line) {
		text.append(line).append('\n');
		return this;
	}

	static Instant at(double minute) {
		return START.plusSeconds(Math.round(minute * 60));
	}

	@Override
	public String toString() {
		return text.toString();
	}

	AccessLog read(Path folder) throws IOException, InterruptedException {
		return read(folder, toString());
	}

	static AccessLog read(Path folder, String content) throws IOException, InterruptedException {
		Path file = Files.createTempFile(folder, "access", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return new AccessLogReader(file).read(new NullProgressMonitor());
	}
}
