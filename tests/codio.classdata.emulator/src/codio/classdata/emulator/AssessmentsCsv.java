package codio.classdata.emulator;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;

/** The assessment data export: each student's answers to each assessment of the chosen assignments. */
final class AssessmentsCsv extends CsvContent {

	private static final String[][] ASSESSMENTS = { { "Output check", "Standard Code Test", "10" },
			{ "Concept check", "Multiple Choice", "2" }, { "Explain your solution", "Free Text", "5" } };

	private final EmulatedCourse course;
	private final List<EmulatedAssignment> assignments;
	private final WorkspaceShape shape;

	AssessmentsCsv(EmulatedCourse course, List<EmulatedAssignment> assignments, WorkspaceShape shape) {
		super("Student Name", "Student Login", "Student Email", "Assignment Name", "Assessment Name",
				"Assessment Type", "Points", "Max Points", "Attempts", "Answer", "Completed At");
		this.course = course;
		this.assignments = List.copyOf(assignments);
		this.shape = shape;
	}

	@Override
	public String key() {
		return "assessments/" + course.id() + "/"
				+ assignments.stream().map(EmulatedAssignment::id).collect(Collectors.joining(",")) + "/"
				+ shape.studentsPerClass();
	}

	@Override
	void printRows(CSVPrinter printer) throws IOException {
		Instant termStart = ClassDataZip.entryTime(course);
		for (EmulatedUser student : ClassRoster.students(course, shape.studentsPerClass())) {
			for (EmulatedAssignment assignment : assignments) {
				SplittableRandom random = SeededRandom.of("assessments", course.id(), assignment.id(),
						student.login());
				for (String[] assessment : ASSESSMENTS) {
					int max = Integer.parseInt(assessment[2]);
					int points = random.nextInt(4) == 0 ? random.nextInt(max + 1) : max;
					String answer = switch (assessment[1]) {
					case "Multiple Choice" -> String.valueOf((char) ('A' + random.nextInt(4)));
					case "Free Text" -> "I added the numbers in a loop and printed the total.";
					default -> points == max ? "All tests passed" : "1 of 3 tests failed";
					};
					Instant completed = termStart.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 90)));
					printer.printRecord(student.name(), student.login(), student.email(), assignment.name(),
							assessment[0], assessment[1], points, max, 1 + random.nextInt(3), answer,
							time(completed));
				}
			}
		}
	}
}
