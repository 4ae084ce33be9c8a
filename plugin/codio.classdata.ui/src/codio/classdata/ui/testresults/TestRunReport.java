package codio.classdata.ui.testresults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import codio.classdata.review.ChangeSummary;
import codio.classdata.review.CodioGrades.StudentGrade;
import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.TestResults;

/**
 * What a test run found, as the results view shows it.
 *
 * @param results the matrix of projects × tests
 * @param changes per project name, what the student changed against the starter code (absent without one)
 * @param codio   per project name, Codio's own figures for the student (absent when not known)
 * @param notes   why some figures are missing, one sentence each, such as "Sign in to see Codio's grades"
 */
public record TestRunReport(TestResults results, Map<String, ChangeSummary> changes,
		Map<String, StudentGrade> codio, List<String> notes) {

	public TestRunReport {
		changes = Map.copyOf(changes);
		codio = Map.copyOf(codio);
		notes = List.copyOf(notes);
	}

	/** This report with a rerun's cells in place, and the rerun's figures for the projects it ran. */
	public TestRunReport merge(TestRunReport rerun) {
		Map<String, ChangeSummary> mergedChanges = new HashMap<>(changes);
		Map<String, StudentGrade> mergedCodio = new HashMap<>(codio);
		for (ProjectResult project : rerun.results().projects()) {
			String name = project.project().name();
			mergedChanges.remove(name);
			mergedCodio.remove(name);
		}
		mergedChanges.putAll(rerun.changes());
		mergedCodio.putAll(rerun.codio());
		List<String> mergedNotes = new ArrayList<>(rerun.notes());
		return new TestRunReport(results.merge(rerun.results().projects()), mergedChanges, mergedCodio,
				mergedNotes);
	}
}
