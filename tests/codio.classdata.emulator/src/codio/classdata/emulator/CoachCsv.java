package codio.classdata.emulator;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVPrinter;

/** The coach export: students' requests to Codio's AI coach, one row each. */
final class CoachCsv extends CsvContent {

	private static final String[] ACTIONS = { "Explain this error", "Give me a hint", "Summarize the guide",
			"Explain this code" };

	private final EmulatedCourse course;
	private final WorkspaceShape shape;

	CoachCsv(EmulatedCourse course, WorkspaceShape shape) {
		super("Timestamp", "Student Login", "Student Email", "Assignment Name", "Action", "Prompt Tokens",
				"Completion Tokens", "Helpful");
		this.course = course;
		this.shape = shape;
	}

	@Override
	public String key() {
		return "coach/" + course.id() + "/" + shape.studentsPerClass();
	}

	@Override
	void printRows(CSVPrinter printer) throws IOException {
		List<EmulatedAssignment> assignments = StudentWorkspace.assignments(course);
		if (assignments.isEmpty()) {
			return;
		}
		Instant termStart = ClassDataZip.entryTime(course);
		for (EmulatedUser student : ClassRoster.students(course, shape.studentsPerClass())) {
			SplittableRandom random = SeededRandom.of("coach", course.id(), student.login());
			int requests = 1 + random.nextInt(5);
			for (int i = 0; i < requests; i++) {
				printer.printRecord(time(termStart.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 90)))),
						student.login(), student.email(), assignments.get(random.nextInt(assignments.size())).name(),
						ACTIONS[random.nextInt(ACTIONS.length)], 300 + random.nextInt(1500), 80 + random.nextInt(400),
						random.nextInt(5) == 0 ? "no" : "yes");
			}
		}
	}
}
