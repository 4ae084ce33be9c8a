package codio.classdata.emulatortest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.EmulatedAssignment;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.EmulatedUser;

/** The CSV and JSON exports: user access, LTI links, assessments, one assignment, coach and LLM proxy. */
class CsvExportsTest {

	private EmulatorSession session;
	private EmulatedCourse course;

	@BeforeEach
	void start() throws Exception {
		session = EmulatorSession.start();
		session.emulator.state().serveUndocumentedEndpoints(); // access and LTI CSVs are outside the published API
		course = session.course("java");
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void accessCsvHasTheColumnsOfCodiosUserAccessExport() throws Exception {
		CSVParser csv = parse(session.download(session.exportUrl(course.id(), "access")));

		assertEquals(List.of("Username", "Email", "First Name", "Last Name", "Date", "Access Type", "Unit", "Role",
				"Project Path", "IP Address"), csv.getHeaderNames());
		List<CSVRecord> rows = csv.getRecords();
		assertEquals(Set.of("Log In", "Log Out", "Project Open", "Project Close"),
				rows.stream().map(row -> row.get("Access Type")).collect(Collectors.toSet()));
		assertEquals(Set.of("Student", "Teacher"), rows.stream().map(row -> row.get("Role")).collect(Collectors.toSet()));
		Set<String> units = ExportArchivesTest.assignments(course).stream().map(EmulatedAssignment::name)
				.collect(Collectors.toSet());
		for (CSVRecord row : rows) {
			assertTrue(row.get("IP Address").matches("\\d+\\.\\d+\\.\\d+\\.\\d+"), row.toString());
			assertTrue(row.get("Date").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), row.toString());
			assertTrue(row.get("Email").startsWith(row.get("Username") + "@"));
			boolean project = row.get("Access Type").startsWith("Project");
			assertEquals(project, units.contains(row.get("Unit")), row.toString());
			assertEquals(project, row.get("Project Path").startsWith(row.get("Username") + "/"), row.toString());
		}
	}

	@Test
	void ltiCsvLinksEveryAssignment() throws Exception {
		CSVParser csv = parse(session.download(session.exportUrl(course.id(), "lti")));

		assertEquals(List.of("Assignment Name", "LTI Launch URL"), csv.getHeaderNames());
		List<CSVRecord> rows = csv.getRecords();
		assertEquals(ExportArchivesTest.assignments(course).stream().map(EmulatedAssignment::name).toList(),
				rows.stream().map(row -> row.get(0)).toList());
		assertTrue(rows.stream().allMatch(row -> row.get(1).startsWith("https://")));
	}

	@Test
	void assessmentsCsvCoversTheChosenAssignments() throws Exception {
		List<EmulatedAssignment> assignments = ExportArchivesTest.assignments(course);
		EmulatedAssignment first = assignments.get(0);
		EmulatedAssignment third = assignments.get(2);

		JsonObject progress = session
				.get("courses/" + course.id() + "/export/assessments/csv?assignmentIds=" + first.id() + "," + third.id())
				.getAsJsonObject();
		String taskId = progress.get("taskId").getAsString();
		JsonObject done = session.awaitDone(progress.get("taskUri").getAsString());
		List<CSVRecord> rows = parse(session.download(done.get("url").getAsString())).getRecords();

		assertEquals(session.emulator.apiUrl() + "/courses/" + course.id() + "/export/assessments/csv/download/"
				+ taskId, progress.get("taskUri").getAsString());
		assertEquals(Set.of(first.name(), third.name()),
				rows.stream().map(row -> row.get("Assignment Name")).collect(Collectors.toSet()));
		assertEquals(session.emulator.state().students(course.id()).stream().map(EmulatedUser::login)
				.collect(Collectors.toSet()), rows.stream().map(row -> row.get("Student Login")).collect(Collectors.toSet()));
	}

	@Test
	void assignmentCsvIsAnsweredAtOnceAsAJsonString() throws Exception {
		EmulatedAssignment assignment = ExportArchivesTest.assignments(course).get(1);

		JsonElement answer = session.get("courses/" + course.id() + "/assignments/" + assignment.id() + "/export/csv");
		List<CSVRecord> rows = parse(session.download(answer.getAsString())).getRecords();

		assertTrue(answer.isJsonPrimitive() && answer.getAsJsonPrimitive().isString(), answer.toString());
		assertEquals(session.emulator.state().students(course.id()).stream().map(EmulatedUser::id).toList(),
				rows.stream().map(row -> row.get("Student Id")).toList());
	}

	@Test
	void coachCsvAndLlmProxyJsonNameTheClassesStudents() throws Exception {
		Set<String> logins = session.emulator.state().students(course.id()).stream().map(EmulatedUser::login)
				.collect(Collectors.toSet());

		List<CSVRecord> coach = parse(session.download(session.exportUrl(course.id(), "coach"))).getRecords();
		JsonElement llm = JsonParser.parseString(
				new String(session.download(session.exportUrl(course.id(), "llmproxy")), StandardCharsets.UTF_8));

		assertFalse(coach.isEmpty());
		assertTrue(coach.stream().allMatch(row -> logins.contains(row.get("Student Login"))));
		assertTrue(llm.isJsonArray());
		assertTrue(llm.getAsJsonArray().asList().stream()
				.allMatch(request -> logins.contains(request.getAsJsonObject().get("login").getAsString())));
	}

	private static CSVParser parse(byte[] csv) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)));
	}
}
