package codio.classdata.emulator;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVPrinter;

/**
 * The user access export ({@code access}, not in Codio's public API): who logged in, opened and closed which
 * project and logged out, when and from where, with the columns of Codio's "Export User Access Data".
 */
final class AccessCsv extends CsvContent {

	static final String[] COLUMNS = { "Username", "Email", "First Name", "Last Name", "Date", "Access Type", "Unit",
			"Role", "Project Path", "IP Address" };
	private static final String[] NETWORKS = { "192.0.2.", "198.51.100.", "203.0.113." };
	private static final int SESSIONS_PER_MEMBER = 3;

	private final EmulatedCourse course;
	private final WorkspaceShape shape;

	AccessCsv(EmulatedCourse course, WorkspaceShape shape) {
		super(COLUMNS);
		this.course = course;
		this.shape = shape;
	}

	@Override
	public String key() {
		return "access/" + course.id() + "/" + shape.studentsPerClass();
	}

	@Override
	void printRows(CSVPrinter printer) throws IOException {
		List<EmulatedAssignment> assignments = StudentWorkspace.assignments(course);
		if (assignments.isEmpty()) {
			return;
		}
		List<Session> sessions = new ArrayList<>();
		addSessions(sessions, ClassRoster.teachers(course), "Teacher", assignments);
		addSessions(sessions, ClassRoster.students(course, shape.studentsPerClass()), "Student", assignments);
		sessions.sort((a, b) -> a.start().compareTo(b.start()));
		for (Session session : sessions) {
			session.print(printer);
		}
	}

	private void addSessions(List<Session> sessions, List<EmulatedUser> members, String role,
			List<EmulatedAssignment> assignments) {
		Instant termStart = ClassDataZip.entryTime(course);
		for (EmulatedUser member : members) {
			SplittableRandom random = SeededRandom.of("access", course.id(), member.login());
			String ip = NETWORKS[random.nextInt(NETWORKS.length)] + (2 + random.nextInt(250));
			for (int i = 0; i < SESSIONS_PER_MEMBER; i++) {
				Instant start = termStart.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 90)));
				EmulatedAssignment unit = assignments.get(random.nextInt(assignments.size()));
				sessions.add(new Session(member, role, unit, start, Duration.ofMinutes(5 + random.nextInt(90)), ip));
			}
		}
	}

	/** One sign-in: log in, open a unit's project, close it, log out. */
	private record Session(EmulatedUser member, String role, EmulatedAssignment unit, Instant start,
			Duration length, String ip) {

		void print(CSVPrinter printer) throws IOException {
			String projectPath = member.login() + "/" + WorkspaceSources.slug(unit.name());
			row(printer, start, "Log In", "", "");
			row(printer, start.plusSeconds(20), "Project Open", unit.name(), projectPath);
			row(printer, start.plus(length).minusSeconds(30), "Project Close", unit.name(), projectPath);
			row(printer, start.plus(length), "Log Out", "", "");
		}

		private void row(CSVPrinter printer, Instant when, String type, String unitName, String projectPath)
				throws IOException {
			String[] names = member.name().split(" ", 2);
			printer.printRecord(member.login(), member.email(), names[0], names.length > 1 ? names[1] : "",
					time(when), type, unitName, role, projectPath, ip);
		}
	}
}
