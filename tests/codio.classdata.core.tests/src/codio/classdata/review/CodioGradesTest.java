package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;
import codio.classdata.api.CourseMember;
import codio.classdata.api.RateLimiter;
import codio.classdata.api.StudentInformation;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.review.CodioGrades.StudentGrade;
import okhttp3.OkHttpClient;

/** Codio's own figures for an assignment's students, found by the names an import records. */
class CodioGradesTest {

	private CodioEmulator emulator;
	private CodioClient client;
	private Course javaClass;

	@BeforeEach
	void start() throws Exception {
		emulator = CodioEmulator.startDemo();
		emulator.state().setStudentsPerClass(24);
		client = new CodioClient(new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl()),
				new ClientCredentials(DemoData.CLIENT_ID, DemoData.CLIENT_SECRET), AccessTokenStore.inMemory(),
				new OkHttpClient(), Clock.systemUTC(), new RateLimiter(50, Duration.ofSeconds(10)));
		javaClass = client.listCourses(CourseFilter.ACTIVE).stream().filter(c -> c.tags().contains("java"))
				.findFirst().orElseThrow();
		javaClass = client.getCourse(javaClass.id());
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	@Test
	void everyStudentIsFoundByLoginEmailOrNameWithCodiosFigures() throws Exception {
		String assignment = javaClass.modules().get(0).assignments().get(0).name();
		List<StudentInformation> raw = client.assignmentStudents(javaClass.id(),
				javaClass.modules().get(0).assignments().get(0).id(), null);
		List<CourseMember> students = client.listStudents(javaClass.id(), null);
		assertEquals(students.size(), raw.size());

		CodioGrades grades = CodioGrades.fetch(client, javaClass.id(), assignment, null).orElseThrow();

		for (CourseMember student : students) {
			StudentInformation info = raw.stream().filter(i -> i.studentId().equals(student.id())).findAny()
					.orElseThrow();
			StudentGrade byLogin = grades.of(student.login()).orElseThrow(() -> new AssertionError(student));
			assertEquals(info.grade(), byLogin.grade());
			assertEquals(info.status(), byLogin.status());
			assertEquals(info.secondsSpent(), byLogin.secondsSpent());
			assertEquals(byLogin, grades.of(" " + student.email().toUpperCase() + " ").orElseThrow());
			assertEquals(byLogin, grades.of(student.name()).orElseThrow());
			assertTrue(byLogin.grade() >= 0 && byLogin.grade() <= 100);
			assertEquals(byLogin.status().equals("COMPLETED"), !byLogin.completionDate().isEmpty());
		}
		Set<Integer> seen = raw.stream().map(StudentInformation::grade).collect(Collectors.toSet());
		assertTrue(seen.contains(100) && seen.stream().anyMatch(g -> g < 100), "some solved it, some did not");
		assertEquals(Optional.empty(), grades.of("nobody-here"));
	}

	@Test
	void theRecordedNameMayDifferInCaseAndPunctuation() throws Exception {
		String assignment = javaClass.modules().get(0).assignments().get(0).name();
		String asAFolderNamesIt = assignment.toUpperCase().replace(' ', '_');

		assertTrue(CodioGrades.fetch(client, javaClass.id(), asAFolderNamesIt, null).isPresent());
		assertTrue(CodioGrades.fetch(client, javaClass.id(), "No such assignment", null).isEmpty());
	}
}
