package codio.classdata.review;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import codio.classdata.review.ReviewTestOperation.ProjectResult;

/**
 * Writes test results as a CSV in the style of Codio's assessment-data CSV: one row per student and assessment,
 * under Codio's column names where Codio has the column, then ours (project, outcome, seconds, why).
 */
public final class TestResultsCsv {

	/** The header, Codio's names first. */
	public static final String[] HEADER = { "Student Login", "Assignment Name", "Assessment Name", "Assessment Type",
			"Points", "Max Points", "Project", "Outcome", "Seconds", "Detail" };

	private TestResultsCsv() {
	}

	/** Writes every project's outcomes, projects and assessments in the results' order. */
	public static void write(TestResults results, Writer out) throws IOException {
		try (CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
			printer.printRecord((Object[]) HEADER);
			for (ProjectResult project : results.projects()) {
				for (TestOutcome outcome : project.outcomes()) {
					Assessment assessment = outcome.assessment();
					printer.printRecord(project.project().student(), project.project().assignment(),
							assessment.name(), assessment.type(), number(outcome.points()),
							number(assessment.points()), project.project().name(), outcomeName(outcome.outcome()),
							String.format(Locale.ROOT, "%.2f", outcome.seconds()), outcome.detail());
				}
			}
		}
	}

	/** The outcome as the command line's JSON names it: passed, failed, timed-out, not-run. */
	public static String outcomeName(TestOutcome.Outcome outcome) {
		return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}
}
