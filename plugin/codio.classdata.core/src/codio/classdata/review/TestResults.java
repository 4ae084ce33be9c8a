package codio.classdata.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.TestOutcome.Outcome;

/**
 * The outcome of a test run over many projects, as a matrix of projects × tests (assessments, by task id), with the
 * totals per project and per test. Immutable; a rerun of some cells {@link #merge merges} into a new one.
 */
public final class TestResults {

	/**
	 * A test's totals over every project.
	 *
	 * @param passed how many projects passed it
	 * @param ran    how many projects ran it (passed, failed or timed out)
	 * @param points the points earned, summed
	 */
	public record TestTotals(int passed, int ran, double points) {
	}

	private final List<ProjectResult> projects;
	private final Map<String, Assessment> tests;

	public TestResults(List<ProjectResult> projects) {
		this.projects = List.copyOf(projects);
		Map<String, Assessment> byTask = new LinkedHashMap<>();
		for (ProjectResult project : projects) {
			for (TestOutcome outcome : project.outcomes()) {
				byTask.putIfAbsent(outcome.assessment().taskId(), outcome.assessment());
			}
		}
		this.tests = byTask;
	}

	public List<ProjectResult> projects() {
		return projects;
	}

	/** Every test of any project, in the order the projects' assessments first name them. */
	public List<Assessment> tests() {
		return List.copyOf(tests.values());
	}

	/** How the project did in the test with this task id; empty when the project has no such test. */
	public static Optional<TestOutcome> outcome(ProjectResult project, String taskId) {
		return project.outcomes().stream().filter(o -> o.assessment().taskId().equals(taskId)).findFirst();
	}

	/** The points the project earned over all its tests. */
	public static double points(ProjectResult project) {
		return project.outcomes().stream().mapToDouble(TestOutcome::points).sum();
	}

	/** The points its tests that ran here could give. */
	public static double maxPoints(ProjectResult project) {
		return project.outcomes().stream().filter(o -> o.outcome() != Outcome.NOT_RUN)
				.mapToDouble(o -> o.assessment().points()).sum();
	}

	public TestTotals totals(String taskId) {
		int passed = 0;
		int ran = 0;
		double points = 0;
		for (ProjectResult project : projects) {
			Optional<TestOutcome> outcome = outcome(project, taskId);
			if (outcome.isPresent() && outcome.get().outcome() != Outcome.NOT_RUN) {
				ran++;
				passed += outcome.get().outcome() == Outcome.PASSED ? 1 : 0;
				points += outcome.get().points();
			}
		}
		return new TestTotals(passed, ran, points);
	}

	/** Per project name, the task ids of the tests it failed or ran out of time in. */
	public Map<String, Set<String>> failedCells() {
		Map<String, Set<String>> failed = new LinkedHashMap<>();
		for (ProjectResult project : projects) {
			for (TestOutcome outcome : project.outcomes()) {
				if (outcome.outcome() == Outcome.FAILED || outcome.outcome() == Outcome.TIMED_OUT) {
					failed.computeIfAbsent(project.project().name(), name -> new LinkedHashSet<>())
							.add(outcome.assessment().taskId());
				}
			}
		}
		return failed;
	}

	/**
	 * These results with a rerun's outcomes in place of the ones they rerun; projects and tests the rerun did not
	 * touch keep theirs.
	 */
	public TestResults merge(List<ProjectResult> rerun) {
		Map<String, ProjectResult> rerunByName = new LinkedHashMap<>();
		rerun.forEach(result -> rerunByName.put(result.project().name(), result));
		List<ProjectResult> merged = new ArrayList<>();
		for (ProjectResult project : projects) {
			ProjectResult again = rerunByName.remove(project.project().name());
			if (again == null) {
				merged.add(project);
				continue;
			}
			List<TestOutcome> outcomes = new ArrayList<>();
			for (TestOutcome outcome : project.outcomes()) {
				outcomes.add(outcome(again, outcome.assessment().taskId()).orElse(outcome));
			}
			Set<String> known = new LinkedHashSet<>();
			project.outcomes().forEach(outcome -> known.add(outcome.assessment().taskId()));
			again.outcomes().stream().filter(o -> !known.contains(o.assessment().taskId())).forEach(outcomes::add);
			merged.add(new ProjectResult(again.project(), outcomes, again.problems()));
		}
		merged.addAll(rerunByName.values());
		return new TestResults(merged);
	}

	/**
	 * Whether Codio's grade and this rerun tell different stories: Codio gave full marks but a test failed here, or
	 * Codio gave less while every test ran here and passed.
	 */
	public static boolean disagrees(CodioGrades.StudentGrade codio, ProjectResult project) {
		if (codio == null || codio.grade() == null || project.outcomes().isEmpty()) {
			return false;
		}
		boolean anyFailed = project.outcomes().stream()
				.anyMatch(o -> o.outcome() == Outcome.FAILED || o.outcome() == Outcome.TIMED_OUT);
		boolean allPassed = project.outcomes().stream().allMatch(o -> o.outcome() == Outcome.PASSED);
		return codio.grade() >= 100 ? anyFailed : allPassed;
	}
}
