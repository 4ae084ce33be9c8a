package codio.classdata.emulator;

import java.io.IOException;
import java.time.Duration;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVPrinter;

/** The per-assignment export: each student's status, grade and time spent on one assignment. */
final class AssignmentCsv extends CsvContent {

	private static final String[] STATUSES = { "COMPLETED", "COMPLETED", "COMPLETED", "STARTED", "NOT_STARTED" };

	private final EmulatedCourse course;
	private final EmulatedAssignment assignment;
	private final WorkspaceShape shape;

	AssignmentCsv(EmulatedCourse course, EmulatedAssignment assignment, WorkspaceShape shape) {
		super("Student Id", "Student Name", "Student Login", "Student Email", "Status", "Grade", "Seconds Spent",
				"Completion Date");
		this.course = course;
		this.assignment = assignment;
		this.shape = shape;
	}

	@Override
	public String key() {
		return "assignment/" + course.id() + "/" + assignment.id() + "/" + shape.studentsPerClass();
	}

	@Override
	void printRows(CSVPrinter printer) throws IOException {
		for (EmulatedUser student : ClassRoster.students(course, shape.studentsPerClass())) {
			SplittableRandom random = SeededRandom.of("assignment", course.id(), assignment.id(), student.login());
			String status = STATUSES[random.nextInt(STATUSES.length)];
			boolean completed = status.equals("COMPLETED");
			printer.printRecord(student.id(), student.name(), student.login(), student.email(), status,
					completed ? 60 + random.nextInt(41) : "", status.equals("NOT_STARTED") ? 0 : random.nextInt(7200),
					completed ? time(ClassDataZip.entryTime(course)
							.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 90)))) : "");
		}
	}
}
