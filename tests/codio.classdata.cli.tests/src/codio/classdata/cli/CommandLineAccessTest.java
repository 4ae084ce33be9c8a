package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.StandaloneEmulator;

/**
 * {@code access} end to end: the class's User Access Data CSV fetched from the standalone emulator with
 * {@code export --kind access --download}, then analysed, flagged and anonymised by the command line.
 */
class CommandLineAccessTest {

	private static final int STUDENTS = 3;
	private static StandaloneEmulator emulator;
	private final CommandLineRun commandLine = new CommandLineRun();

	@TempDir
	Path folder;
	private Path csv;
	private Set<String> studentLogins;

	@BeforeAll
	static void startEmulator() throws Exception {
		emulator = StandaloneEmulator.start("--task-delay-ms", "50", "--students", String.valueOf(STUDENTS),
				"--undocumented");
	}

	@AfterAll
	static void stopEmulator() throws Exception {
		emulator.close();
	}

	@BeforeEach
	void fetchAccessData() throws Exception {
		EmulatedCourse course = DemoData.organisation().courses().stream().filter(c -> !c.archived()).findFirst()
				.orElseThrow();
		assertEquals(ExitCode.OK,
				run("export", course.id(), "--kind", "access", "--download", folder.toString(), "--json"), stderr());
		csv = Path.of(JsonParser.parseString(stdout()).getAsJsonObject().get("file").getAsString());
		assertTrue(Files.isRegularFile(csv), csv.toString());
		studentLogins = new TreeSet<>();
		for (CSVRecord record : records(csv)) {
			if (record.get("Role").equals("Student")) {
				studentLogins.add(record.get("Username"));
			}
		}
		assertEquals(STUDENTS, studentLogins.size(), studentLogins.toString());
	}

	private ExitCode run(String... args) {
		return commandLine.against(emulator.apiUrl(), emulator.oauthUrl(), args);
	}

	private String stdout() {
		return commandLine.stdout();
	}

	private String stderr() {
		return commandLine.stderr();
	}

	@Test
	void summaryIsTheDefaultWithOneLinePerStudentAndAFooter() throws Exception {
		assertEquals(ExitCode.OK, run("access", csv.toString()), stderr());

		List<String> lines = stdout().lines().toList();
		assertTrue(lines.get(0).startsWith("LOGIN"), stdout());
		assertEquals(STUDENTS + 2, lines.size(), stdout());
		for (String login : studentLogins) {
			assertTrue(lines.stream().anyMatch(line -> line.startsWith(login + " ")), login + " in\n" + stdout());
		}
		long events = records(csv).size();
		assertTrue(Pattern.compile(events + " events, " + STUDENTS + " students( \\(and \\d+ staff, not listed\\))?"
				+ ", 0 rows could not be read").matcher(lines.get(lines.size() - 1)).matches(), stdout());
		assertTrue(stderr().contains("Reading " + csv.getFileName()), stderr());

		assertEquals(ExitCode.OK, run("access", csv.toString(), "--summary", "--json"), stderr());
		JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
		assertEquals(events, json.get("events").getAsLong());
		assertEquals(0, json.get("badRows").getAsLong());
		assertFalse(json.has("flags"));
		JsonArray students = json.getAsJsonArray("students");
		Set<String> logins = new TreeSet<>();
		for (JsonElement element : students) {
			JsonObject student = element.getAsJsonObject();
			logins.add(student.get("login").getAsString());
			assertEquals(3, student.get("sessions").getAsInt(), student.toString());
			assertTrue(student.get("totalSeconds").getAsLong() > 0, student.toString());
			assertFalse(student.get("estimated").getAsBoolean(), student.toString());
			assertNotNull(student.get("lastLogin").getAsString());
			assertEquals(1, student.getAsJsonArray("ips").size(), student.toString());
		}
		assertEquals(studentLogins, logins);
	}

	@Test
	void badRowsAreNotedWithTheirLinesAndAnOpenWithoutACloseIsMarkedEstimated() throws Exception {
		String login = studentLogins.iterator().next();
		Path damaged = folder.resolve("damaged.csv");
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		long lines = text.lines().count();
		Files.writeString(damaged, text + login + ",,,,yesterday,Log In,,Student,,\n" + login
				+ ",,,,2026-12-01 10:00:00,Project Open,Loops,Student,x/loops,\n", StandardCharsets.UTF_8);

		assertEquals(ExitCode.OK, run("access", damaged.toString()), stderr());

		assertTrue(stdout().strip().endsWith(", 1 row could not be read"), stdout());
		assertTrue(stderr().contains("line " + (lines + 1) + ": "), stderr());
		String row = stdout().lines().filter(line -> line.startsWith(login + " ")).findFirst().orElseThrow();
		assertTrue(row.contains(AccessCommand.ESTIMATED), row);

		assertEquals(ExitCode.OK, run("access", damaged.toString(), "--json"), stderr());
		JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
		assertEquals(1, json.get("badRows").getAsLong());
		assertEquals(lines + 1, json.getAsJsonArray("firstBadRows").get(0).getAsJsonObject().get("line").getAsLong());
	}

	@Test
	void flagsAsJsonAndTheOutsideClassDatesFlag() throws Exception {
		assertEquals(ExitCode.OK, run("access", csv.toString(), "--flags", "--json"), stderr());
		JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
		assertTrue(json.get("flags").isJsonArray(), stdout());
		assertFalse(json.has("students"), "--flags alone prints no summary");
		assertTrue(stderr().contains("--class-dates"), stderr());

		// A class that ended before the term of the emulated data: every student's activity is outside its dates.
		assertEquals(ExitCode.OK,
				run("access", csv.toString(), "--flags", "--class-dates", "2020-01-01..2020-06-30", "--json"),
				stderr());
		Set<String> flagged = new TreeSet<>();
		for (JsonElement element : JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("flags")) {
			JsonObject flag = element.getAsJsonObject();
			if (flag.get("kind").getAsString().equals("outside-class-dates")) {
				flagged.add(flag.getAsJsonArray("who").get(0).getAsString());
				assertEquals(12, flag.get("rows").getAsInt(), flag.toString());
				assertTrue(flag.get("message").getAsString().contains("worth a look"), flag.toString());
				assertTrue(flag.get("when").getAsString().endsWith("Z"), flag.toString());
			}
		}
		assertEquals(studentLogins, flagged);

		assertEquals(ExitCode.OK, run("access", csv.toString(), "--flags", "--class-dates", "..2020-06-30"),
				stderr());
		assertTrue(stdout().contains("outside-class-dates  "), stdout());
		assertTrue(stdout().contains("(12 rows)"), stdout());
		assertTrue(stdout().strip().endsWith("hints worth a look, not findings."), stdout());
	}

	@Test
	void anonymisedCopyHasNoOriginalLoginEmailOrIpAndIsNeverOverwritten() throws Exception {
		Path out = folder.resolve("shared.csv");

		assertEquals(ExitCode.OK, run("access", csv.toString(), "--anonymise", out.toString()), stderr());

		assertEquals(out.toAbsolutePath().toString(), stdout().strip());
		String original = Files.readString(csv, StandardCharsets.UTF_8);
		String anonymised = Files.readString(out, StandardCharsets.UTF_8);
		Set<String> personal = new HashSet<>();
		for (CSVRecord record : records(csv)) {
			personal.add(record.get("Username"));
			personal.add(record.get("Email"));
			personal.add(record.get("IP Address"));
		}
		for (String value : personal) {
			assertFalse(anonymised.contains(value), value + " is still in the anonymised file");
		}
		assertEquals(original.lines().count(), anonymised.lines().count());
		assertTrue(anonymised.contains("student-"), anonymised.lines().skip(1).findFirst().orElse(""));

		byte[] before = Files.readAllBytes(out);
		assertEquals(ExitCode.BAD_INPUT, run("access", csv.toString(), "--anonymise", out.toString()));
		assertTrue(stderr().contains("already exists") && stderr().contains(out.toString()), stderr());
		assertEquals("", stdout());
		assertArrayEquals(before, Files.readAllBytes(out));
	}

	@Test
	void saltFileGivesTheSamePseudonymsEachRun() throws Exception {
		Path salt = folder.resolve("salt");
		assertEquals(ExitCode.OK, run("access", csv.toString(), "--anonymise", folder.resolve("a.csv").toString(),
				"--salt-file", salt.toString()), stderr());
		assertTrue(Files.size(salt) > 0);
		assertEquals(ExitCode.OK, run("access", csv.toString(), "--anonymise", folder.resolve("b.csv").toString(),
				"--salt-file", salt.toString()), stderr());
		assertEquals(Files.readString(folder.resolve("a.csv")), Files.readString(folder.resolve("b.csv")));
	}

	@Test
	void notAnAccessCsvMissingFilesAndUsageErrors() throws Exception {
		Path other = folder.resolve("grades.csv");
		Files.writeString(other, "Student,Assignment,Grade\nalice,Loops,90\n", StandardCharsets.UTF_8);

		assertEquals(ExitCode.BAD_INPUT, run("access", other.toString()));
		assertTrue(stderr().contains("grades.csv is not a User Access Data file"), stderr());
		assertFalse(stderr().contains("Exception"), stderr());
		assertEquals("", stdout());

		assertEquals(ExitCode.BAD_INPUT, run("access", folder.resolve("missing.csv").toString()));
		assertTrue(stderr().contains("missing.csv does not exist"), stderr());
		assertEquals(ExitCode.BAD_INPUT, run("access", csv.toString(), "--anonymise",
				folder.resolve("no/such/folder/out.csv").toString()));

		assertEquals(ExitCode.USAGE, run("access"));
		assertEquals(ExitCode.USAGE, run("access", csv.toString(), "--class-dates", "2026-08-31..2026-12-18"));
		assertEquals(ExitCode.USAGE, run("access", csv.toString(), "--flags", "--class-dates", "autumn"));
		assertEquals(ExitCode.USAGE, run("access", csv.toString(), "--flags", "--class-dates", "2026-12-18..2026-08-31"));
		assertEquals(ExitCode.USAGE, run("access", csv.toString(), "--salt-file", "salt"));
		assertEquals(ExitCode.USAGE, run("access", csv.toString(), "--histogram"));
	}

	private static List<CSVRecord> records(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}
}
