package codio.classdata.emulator;

import java.io.IOException;

import org.apache.commons.csv.CSVPrinter;

/** The LTI settings export ({@code lti}, not in Codio's public API): each assignment's LTI launch URL. */
final class LtiCsv extends CsvContent {

	private final EmulatedCourse course;

	LtiCsv(EmulatedCourse course) {
		super("Assignment Name", "LTI Launch URL");
		this.course = course;
	}

	@Override
	public String key() {
		return "lti/" + course.id();
	}

	@Override
	void printRows(CSVPrinter printer) throws IOException {
		for (EmulatedAssignment assignment : StudentWorkspace.assignments(course)) {
			printer.printRecord(assignment.name(),
					"https://apollo.codio.com/lti/launch/" + course.id() + "/" + assignment.id());
		}
	}
}
