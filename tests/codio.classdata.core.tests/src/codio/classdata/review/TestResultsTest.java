package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import codio.classdata.review.CodioGrades.StudentGrade;
import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.TestOutcome.Outcome;

/** The matrix of a test run: totals, failed cells, reruns merged in, Codio's grade beside ours, the CSV. */
class TestResultsTest {

	private static final Assessment OUTPUT = new Assessment("code-output-compare-1", "code-output-compare", "Check It!",
			10, null);
	private static final Assessment HIDDEN = new Assessment("test-2", "test", "Hidden, \"quoted\"", 5, null);
	private static final Assessment QUIZ = new Assessment("multiple-choice-3", "multiple-choice", "Quiz", 1, null);

	private static ProjectResult project(String login, TestOutcome... outcomes) {
		return new ProjectResult(new ReviewedProject("Loops-" + login, Path.of(login), "Loops", login, "", null,
				path -> false), List.of(outcomes), List.of());
	}

	private static TestOutcome outcome(Assessment assessment, Outcome outcome, double points) {
		return new TestOutcome(assessment, outcome, points, 0.25, "", "", outcome == Outcome.PASSED ? "" : "why");
	}

	private final TestResults results = new TestResults(List.of(
			project("ada", outcome(OUTPUT, Outcome.PASSED, 10), outcome(HIDDEN, Outcome.PASSED, 5),
					outcome(QUIZ, Outcome.NOT_RUN, 0)),
			project("bob", outcome(OUTPUT, Outcome.FAILED, 0), outcome(HIDDEN, Outcome.TIMED_OUT, 0),
					outcome(QUIZ, Outcome.NOT_RUN, 0)),
			project("cy", outcome(OUTPUT, Outcome.PASSED, 10))));

	@Test
	void testsAreTheUnionInFirstSeenOrderWithTotals() {
		assertEquals(List.of(OUTPUT, HIDDEN, QUIZ), results.tests());
		assertEquals(new TestResults.TestTotals(2, 3, 20), results.totals(OUTPUT.taskId()));
		assertEquals(new TestResults.TestTotals(1, 2, 5), results.totals(HIDDEN.taskId()));
		assertEquals(new TestResults.TestTotals(0, 0, 0), results.totals(QUIZ.taskId()), "not run counts nowhere");
		assertEquals(15, TestResults.points(results.projects().get(0)));
		assertEquals(15, TestResults.maxPoints(results.projects().get(0)), "a test not run here gives no maximum");
		assertTrue(TestResults.outcome(results.projects().get(2), HIDDEN.taskId()).isEmpty());
	}

	@Test
	void failedCellsAreFailedOrTimedOutOnly() {
		assertEquals(Map.of("Loops-bob", Set.of(OUTPUT.taskId(), HIDDEN.taskId())), results.failedCells());
	}

	@Test
	void aRerunReplacesOnlyTheCellsItRan() {
		TestResults merged = results.merge(List.of(project("bob", outcome(HIDDEN, Outcome.PASSED, 5))));

		ProjectResult bob = merged.projects().get(1);
		assertEquals(List.of(Outcome.FAILED, Outcome.PASSED, Outcome.NOT_RUN),
				bob.outcomes().stream().map(TestOutcome::outcome).toList(), "order and untouched cells kept");
		assertEquals(merged.projects().get(0), results.projects().get(0));
		assertEquals(Map.of("Loops-bob", Set.of(OUTPUT.taskId())), merged.failedCells());
		assertEquals(results.failedCells(), Map.of("Loops-bob", Set.of(OUTPUT.taskId(), HIDDEN.taskId())),
				"the original results do not change");
	}

	@Test
	void codioAndTheRerunDisagreeOnlyWhenTheyTellDifferentStories() {
		StudentGrade full = new StudentGrade(100, "COMPLETED", 60, "2026-10-01T10:00:00Z");
		StudentGrade half = new StudentGrade(50, "STARTED", 60, "");
		ProjectResult ada = results.projects().get(0); // passed what ran, a quiz not run
		ProjectResult bob = results.projects().get(1); // failed
		ProjectResult cy = results.projects().get(2); // everything ran and passed

		assertFalse(TestResults.disagrees(full, ada));
		assertTrue(TestResults.disagrees(full, bob));
		assertFalse(TestResults.disagrees(half, bob));
		assertFalse(TestResults.disagrees(half, ada), "the quiz may explain Codio's lower grade");
		assertTrue(TestResults.disagrees(half, cy));
		assertFalse(TestResults.disagrees(new StudentGrade(null, "NOT_STARTED", null, ""), bob));
		assertFalse(TestResults.disagrees(null, bob));
	}

	@Test
	void csvHasOneRowPerStudentAndAssessmentUnderCodiosColumnNames() throws Exception {
		StringWriter csv = new StringWriter();
		TestResultsCsv.write(results, csv);

		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.toString())).getRecords();
		List<String> header = records.get(0).toList();
		List<Map<String, String>> rows = records.subList(1, records.size()).stream().map(record -> {
			Map<String, String> row = new java.util.HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), record.get(i));
			}
			return row;
		}).toList();
		assertEquals(7, rows.size());
		assertEquals(List.of(TestResultsCsv.HEADER), header);
		Map<String, String> bobHidden = rows.get(4);
		assertEquals("bob", bobHidden.get("Student Login"));
		assertEquals("Loops", bobHidden.get("Assignment Name"));
		assertEquals("Hidden, \"quoted\"", bobHidden.get("Assessment Name"));
		assertEquals("test", bobHidden.get("Assessment Type"));
		assertEquals("0", bobHidden.get("Points"));
		assertEquals("5", bobHidden.get("Max Points"));
		assertEquals("timed-out", bobHidden.get("Outcome"));
		assertEquals("0.25", bobHidden.get("Seconds"));
		assertEquals("why", bobHidden.get("Detail"));
	}
}
