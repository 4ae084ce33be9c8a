package codio.classdata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import codio.classdata.access.AccessLog;
import codio.classdata.access.AccessLogReader;
import codio.classdata.access.StudentSummaries;
import codio.classdata.access.StudentSummary;

/**
 * The access data bench (run by {@code ./mvnw -B -Pbench verify}): a 1,000,000-row User Access Data file made
 * here, loaded and summarised by our {@link AccessLogReader} and {@link StudentSummaries}, against a bare
 * commons-csv parse of the same file that touches every value. One warm-up of each, then alternating rounds; the
 * ratio is the median of the rounds' ratios. Also the heap the loaded log holds per row.
 */
class AccessCsvBench {

	private static final int ROWS = 1_000_000;
	private static final int ROUNDS = 5;

	@Test
	void loadAndSummariseAgainstBareCommonsCsv() throws Exception {
		Path work = Files.createTempDirectory("codio-access-bench");
		Path file = work.resolve("access.csv");
		try {
			generate(file);
			anchor(file);
			ours(file);
			List<Double> anchor = new ArrayList<>();
			List<Double> ours = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) {
				anchor.add(anchor(file));
				ours.add(ours(file));
			}
			double bytesPerRow = heapPerRow(file);
			BenchReport report = BenchReport.shared();
			report.add(BenchReport.Figure.ofRounds("access-csv-time", ours, anchor, "s", "ratio ≤ 1.3, ours < 2 s",
					String.format(Locale.ROOT, "after a warm-up of each: load a %,d-row, %.0f MB User Access Data "
							+ "file with AccessLogReader and summarise it with StudentSummaries, against a bare "
							+ "commons-csv parse touching every value; the loaded log holds %.0f bytes of heap per "
							+ "row", ROWS, Files.size(file) / 1e6, bytesPerRow)));
			report.write(Path.of(System.getProperty("codio.classdata.docs", "target")).resolve("BENCHMARKS.md"));
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(work);
		}
	}

	/** Seconds for a bare commons-csv parse that reads every value. */
	private static double anchor(Path file) throws IOException {
		long started = System.nanoTime();
		long characters = 0;
		long records = 0;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
			for (CSVRecord record : parser) {
				for (int i = 0; i < record.size(); i++) {
					characters += record.get(i).length();
				}
				records++;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		assertEquals(ROWS + 1, records);
		assertTrue(characters > 0);
		return seconds;
	}

	/** Seconds for our load plus the per-student summary. */
	private static double ours(Path file) throws Exception {
		long started = System.nanoTime();
		AccessLog log = new AccessLogReader(file).read(new NullProgressMonitor());
		List<StudentSummary> summaries = StudentSummaries.of(log);
		double seconds = (System.nanoTime() - started) / 1e9;
		assertEquals(ROWS, log.size());
		assertEquals(0, log.badRows().count());
		assertTrue(summaries.size() > 100);
		return seconds;
	}

	private static double heapPerRow(Path file) throws Exception {
		long before = settledHeap();
		AccessLog log = new AccessLogReader(file).read(new NullProgressMonitor());
		long after = settledHeap();
		double perRow = (after - before) / (double) log.size();
		Reference.reachabilityFence(log);
		System.out.printf(Locale.ROOT, "access-csv: %.1f bytes of heap per row (%.1f in the column codes)%n", perRow,
				log.bytesPerRow());
		return perRow;
	}

	/**
	 * Sessions like Codio's: log in, open a unit's project, close it, log out; 600 students and 4 teachers over a
	 * term of 12 units, from a few hundred addresses; rows in time order.
	 */
	private static void generate(Path file) throws IOException {
		DateTimeFormatter codio = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
		SplittableRandom random = new SplittableRandom(6);
		Instant time = Instant.parse("2026-01-12T07:00:00Z");
		String[] units = new String[12];
		for (int i = 0; i < units.length; i++) {
			units[i] = "Unit " + (i + 1) + ": " + (i % 2 == 0 ? "Loops and arrays" : "Objects, classes");
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Username,Email,First Name,Last Name,Date,Access Type,Unit,Role,Project Path,IP Address\r\n");
			for (int written = 0; written < ROWS; written += 4) {
				int person = random.nextInt(604);
				boolean teacher = person >= 600;
				String user = (teacher ? "teacher" : "student") + person;
				String unit = units[random.nextInt(units.length)];
				String path = user + "/unit-" + unit.substring(5, unit.indexOf(':'));
				String ip = "192.0." + (person % 200) + "." + (2 + random.nextInt(3));
				String[] types = { "Log In", "Project Open", "Project Close", "Log Out" };
				for (int k = 0; k < 4; k++) {
					time = time.plus(Duration.ofSeconds(random.nextInt(12)));
					boolean project = k == 1 || k == 2;
					out.write(user + "," + user + "@school.example,First" + person + ",Last" + person + ","
							+ codio.format(time) + "," + types[k] + "," + (project ? "\"" + unit + "\"" : "") + ","
							+ (teacher ? "Teacher" : "Student") + "," + (project ? path : "") + "," + ip + "\r\n");
				}
			}
		}
	}

	/**
	 * The live heap once collections have settled: in a workbench other threads allocate meanwhile, and one
	 * collection right after them can leave megabytes of their garbage.
	 */
	private static long settledHeap() throws InterruptedException {
		var memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}
}
