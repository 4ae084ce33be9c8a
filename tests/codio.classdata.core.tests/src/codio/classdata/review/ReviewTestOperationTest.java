package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.TestOutcome.Outcome;

/** The assignment's tests over every student, in parallel, with the baseline's hidden tests. Needs a POSIX shell. */
class ReviewTestOperationTest {

	@TempDir
	Path temp;
	private Path baseline;

	@BeforeEach
	void assignment() throws IOException {
		baseline = temp.resolve("starter");
		put(baseline, "greet.sh", "# your code here\n");
		put(baseline, ".guides/assessments/code-output-compare-1.json", """
				{"type": "code-output-compare", "taskId": "code-output-compare-1",
				 "source": {"name": "Greets", "points": 2, "command": "sh greet.sh",
				  "options": {"timeout": 2}, "sequence": [{"input": "Ada", "output": "Hello, Ada!"}]}}""");
		put(baseline, ".guides/assessments/test-2.json", """
				{"type": "test", "taskId": "test-2", "source": {"name": "Hidden", "points": 3,
				 "command": "sh .guides/secure/check.sh", "timeoutSeconds": 2}}""");
		put(baseline, ".guides/secure/check.sh", "grep -q Hello greet.sh\n");
	}

	private ReviewedProject student(String login, String program) throws IOException {
		Path folder = temp.resolve(login);
		put(folder, "greet.sh", program);
		return new ReviewedProject("Greet-" + login, folder, "Greet", login, "", baseline, path -> false);
	}

	@Test
	void everyStudentGetsEveryTestWithOutcomePointsAndTime() throws Exception {
		List<ReviewedProject> projects = List.of(student("ada", "read n; echo \"Hello, $n!\"\n"),
				student("bob", "read n; echo \"Hi, $n\"\n"),
				student("eve", "while true; do :; done # Hello\n"));

		List<ProjectResult> results = new ReviewTestOperation(projects).parallelRuns(2).run(new NullProgressMonitor());

		Map<String, List<Outcome>> outcomes = results.stream().collect(Collectors.toMap(r -> r.project().student(),
				r -> r.outcomes().stream().map(TestOutcome::outcome).toList()));
		assertEquals(List.of(Outcome.PASSED, Outcome.PASSED), outcomes.get("ada"));
		assertEquals(List.of(Outcome.FAILED, Outcome.FAILED), outcomes.get("bob"));
		assertEquals(List.of(Outcome.TIMED_OUT, Outcome.PASSED), outcomes.get("eve"));
		ProjectResult ada = results.stream().filter(r -> r.project().student().equals("ada")).findAny().orElseThrow();
		assertEquals(5, ada.outcomes().stream().mapToDouble(TestOutcome::points).sum());
		assertTrue(Files.notExists(temp.resolve("ada/.guides")), "nothing is written into a student's project");
	}

	@Test
	void aSelectionRunsOnlyTheChosenCells() throws Exception {
		List<ReviewedProject> projects = List.of(student("ada", "read n; echo \"Hello, $n!\"\n"),
				student("bob", "read n; echo \"Hi, $n\"\n"));

		List<ProjectResult> results = new ReviewTestOperation(projects)
				.select((project, taskId) -> project.equals("Greet-bob") && taskId.equals("test-2"))
				.run(new NullProgressMonitor());

		Map<String, List<String>> ran = results.stream().collect(Collectors.toMap(r -> r.project().student(),
				r -> r.outcomes().stream().map(o -> o.assessment().taskId()).toList()));
		assertEquals(Map.of("ada", List.of(), "bob", List.of("test-2")), ran);
	}

	@Test
	void testsSharingACompileStepEachStartFromACopyOfOneRunOfIt() throws Exception {
		Path folder = temp.resolve("shared");
		put(folder, "greet.sh", "echo hi\n");
		for (int i = 1; i <= 2; i++) {
			// each test leaves a mark; the next must not see it, and must see the compile step's output once
			put(folder, ".guides/assessments/code-output-compare-" + i + ".json", """
					{"type": "code-output-compare", "taskId": "c%d", "source": {"name": "Step %d", "points": 1,
					 "preExecuteCommand": "echo built >> build.log", "command": "echo run%d >> build.log; cat build.log",
					 "options": {"timeout": 5}, "sequence": [{"input": "", "output": "built\\nrun%d\\n"}]}}"""
					.formatted(i, i, i, i));
		}

		List<ProjectResult> results = new ReviewTestOperation(
				List.of(new ReviewedProject("shared", folder, "Greet", "", "", null, path -> false)))
				.run(new NullProgressMonitor());

		assertEquals(List.of(Outcome.PASSED, Outcome.PASSED),
				results.get(0).outcomes().stream().map(TestOutcome::outcome).toList(),
				results.get(0).outcomes().toString());
		assertTrue(Files.notExists(folder.resolve("build.log")), "nothing is written into a student's project");
	}

	@Test
	void withoutABaselineTheStudentsOwnGuidesAreRead() throws Exception {
		Path folder = temp.resolve("solo");
		put(folder, "greet.sh", "read n; echo \"Hello, $n!\"\n");
		Files.createDirectories(folder.resolve(".guides/assessments"));
		Files.copy(baseline.resolve(".guides/assessments/code-output-compare-1.json"),
				folder.resolve(".guides/assessments/code-output-compare-1.json"));

		List<ProjectResult> results = new ReviewTestOperation(
				List.of(new ReviewedProject("solo", folder, "Greet", "", "", null, path -> false)))
				.run(new NullProgressMonitor());

		assertEquals(Outcome.PASSED, results.get(0).outcomes().get(0).outcome());
	}

	@Test
	void oneTimeLimitForEveryRun() throws Exception {
		List<ReviewedProject> projects = List.of(student("slow", "sleep 5; read n; echo \"Hello, $n!\"\n"));

		List<ProjectResult> results = new ReviewTestOperation(projects).timeLimit(Duration.ofSeconds(1))
				.run(new NullProgressMonitor());

		assertEquals(Outcome.TIMED_OUT, results.get(0).outcomes().get(0).outcome());
	}

	@Test
	void cancelStopsEveryRunningProgram() throws Exception {
		List<ReviewedProject> projects = List.of(student("a", "sleep 77\n"), student("b", "sleep 77\n"));
		NullProgressMonitor monitor = new NullProgressMonitor();
		Thread canceller = new Thread(() -> {
			try {
				Thread.sleep(500);
			} catch (InterruptedException e) {
				return;
			}
			monitor.setCanceled(true);
		});
		canceller.start();
		long started = System.nanoTime();

		assertThrows(InterruptedException.class,
				() -> new ReviewTestOperation(projects).timeLimit(Duration.ofSeconds(60)).run(monitor));

		assertTrue(System.nanoTime() - started < 10_000_000_000L, "cancelled at once, not after the programs");
		Thread.sleep(200);
		assertTrue(ProcessHandle.allProcesses().noneMatch(process -> process.isAlive() && process.info()
				.commandLine().map(line -> line.contains("sleep 77")).orElse(false)), "no program left running");
	}

	private static void put(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
