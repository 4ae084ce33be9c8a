package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.Assessment.OutputOptions;
import codio.classdata.review.Assessment.SequenceEntry;
import codio.classdata.review.Assessment.StandardCodeTest;
import codio.classdata.review.TestOutcome.Outcome;

/** Codio's code tests run on a student's work in a throw-away copy, with limits. Needs a POSIX shell. */
class CodeTestRunnerTest {

	private static final OutputOptions EXACT = new OutputOptions(false, false, false, false, 10);

	@TempDir
	Path temp;
	private Path project;
	private Path baseline;

	@BeforeEach
	void studentAndStarter() throws IOException {
		project = temp.resolve("student");
		put(project, "code/greet.sh", "read name; echo \"Hello, $name!\"\n");
		baseline = temp.resolve("starter");
		put(baseline, "code/greet.sh", "# your code here\n");
		put(baseline, ".guides/secure/check.sh", "test \"$(sh code/greet.sh <<EOF\nAda\nEOF\n)\" = \"Hello, Ada!\"\n");
	}

	private static Assessment standard(String pre, String command, OutputOptions options, SequenceEntry... runs) {
		return new Assessment("t1", Assessment.STANDARD_CODE_TEST, "Greets", 5,
				new StandardCodeTest(pre, command, options, List.of(runs)));
	}

	private TestOutcome run(Assessment assessment) throws Exception {
		try (Sandbox sandbox = Sandbox.of(project, baseline, path -> false)) {
			return CodeTestRunner.run(assessment, sandbox, new NullProgressMonitor());
		}
	}

	@Test
	void aStandardCodeTestPassesWhenEveryRunPrintsTheExpectedOutput() throws Exception {
		TestOutcome outcome = run(standard("", "sh code/greet.sh", EXACT, new SequenceEntry("", "Ada\n", "Hello, Ada!"),
				new SequenceEntry("", "Grace\n", "Hello, Grace!\n")));

		assertEquals(Outcome.PASSED, outcome.outcome(), outcome.detail());
		assertEquals(5, outcome.points());
	}

	@Test
	void argumentsAreAppendedToTheCommand() throws Exception {
		TestOutcome outcome = run(standard("", "echo", EXACT, new SequenceEntry("one two", "", "one two")));

		assertEquals(Outcome.PASSED, outcome.outcome(), outcome.detail());
	}

	@Test
	void aDifferentOutputFailsWithBothOutputsAndNoPoints() throws Exception {
		TestOutcome outcome = run(standard("", "sh code/greet.sh", EXACT, new SequenceEntry("", "Ada\n", "Hello, Ada!"),
				new SequenceEntry("", "Alan\n", "Hi, Alan!")));

		assertEquals(Outcome.FAILED, outcome.outcome());
		assertEquals(0, outcome.points());
		assertEquals("Hi, Alan!", outcome.expected());
		assertEquals("Hello, Alan!\n", outcome.actual());
		assertTrue(outcome.detail().startsWith("run 2 of 2"), outcome.detail());
	}

	@Test
	void aFailingPreExecuteCommandFailsTheTest() throws Exception {
		TestOutcome outcome = run(standard("exit 3", "echo never", EXACT, new SequenceEntry("", "", "never")));

		assertEquals(Outcome.FAILED, outcome.outcome());
		assertTrue(outcome.detail().contains("exit 3"), outcome.detail());
	}

	@Test
	void aProgramThatLoopsForEverTimesOutAndItsWholeProcessTreeIsKilled() throws Exception {
		OutputOptions oneSecond = new OutputOptions(false, false, false, false, 1);
		long started = System.nanoTime();

		TestOutcome outcome = run(standard("", "sleep 600 & echo $! > child.pid; wait", oneSecond,
				new SequenceEntry("", "", "done")));

		assertEquals(Outcome.TIMED_OUT, outcome.outcome());
		assertTrue(System.nanoTime() - started < 15_000_000_000L, "stopped at the limit, not after the sleep");
		assertTrue(ProcessHandle.allProcesses().noneMatch(process -> process.info().commandLine()
				.map(line -> line.contains("sleep 600")).orElse(false) && process.isAlive()),
				"the program's child was killed too");
	}

	@Test
	void whatTheProgramDeletesOrWritesOutsideItsFolderChangesOnlyTheCopy() throws Exception {
		TestOutcome outcome = run(standard("", "rm -rf code; echo escaped > ../escaped.txt; echo ok", EXACT,
				new SequenceEntry("", "", "ok")));

		assertEquals(Outcome.PASSED, outcome.outcome(), outcome.detail());
		assertTrue(Files.isRegularFile(project.resolve("code/greet.sh")), "the student's project is untouched");
		assertFalse(Files.exists(temp.resolve("escaped.txt")));
	}

	@Test
	void hiddenTestsOfTheBaselineRunInTheCopyAndNeverReachTheProject() throws Exception {
		Assessment advanced = new Assessment("t2", Assessment.ADVANCED_CODE_TEST, "Check", 3,
				new AdvancedCodeTest("sh .guides/secure/check.sh", 10, false, ""));

		TestOutcome outcome = run(advanced);

		assertEquals(Outcome.PASSED, outcome.outcome(), outcome.detail() + " " + outcome.actual());
		assertEquals(3, outcome.points());
		assertFalse(Files.exists(project.resolve(".guides/secure")));
	}

	@Test
	void aTestThatNeedsTheHiddenFilesIsNotRunWithoutThem() throws Exception {
		Assessment advanced = new Assessment("t2", Assessment.ADVANCED_CODE_TEST, "Check", 3,
				new AdvancedCodeTest("sh .guides/secure/check.sh", 10, false, ""));

		TestOutcome outcome;
		try (Sandbox sandbox = Sandbox.of(project, null, path -> false)) {
			outcome = CodeTestRunner.run(advanced, sandbox, new NullProgressMonitor());
		}

		assertEquals(Outcome.NOT_RUN, outcome.outcome());
		assertTrue(outcome.detail().contains("hidden files"), outcome.detail());
	}

	@Test
	void aCustomCommandFailsOnANonZeroExit() throws Exception {
		TestOutcome outcome = run(new Assessment("t3", Assessment.ADVANCED_CODE_TEST, "Check", 3,
				new AdvancedCodeTest("echo broken >&2; exit 1", 10, false, "")));

		assertEquals(Outcome.FAILED, outcome.outcome());
		assertEquals("broken\n", outcome.actual());
		assertTrue(outcome.detail().contains("exit 1"), outcome.detail());
	}

	@Test
	void codiosBuiltInRunnersAndOtherAssessmentsAreNotRunNotFailed() throws Exception {
		TestOutcome rspec = run(new Assessment("t4", Assessment.ADVANCED_CODE_TEST, "RSpec", 3,
				new AdvancedCodeTest("codio-runner", 10, true, "{\"type\":\"ruby\",\"subtype\":\"rspec\"}")));
		TestOutcome quiz = run(new Assessment("t5", "multiple-choice", "Quiz", 1, null));

		assertEquals(Outcome.NOT_RUN, rspec.outcome());
		assertTrue(rspec.detail().contains("ruby/rspec"), rspec.detail());
		assertEquals(Outcome.NOT_RUN, quiz.outcome());
		assertTrue(quiz.detail().contains("multiple-choice"), quiz.detail());
	}

	@Test
	void outputIsCappedAsCodioCapsIt() throws Exception {
		try (Sandbox sandbox = Sandbox.of(project, baseline, path -> false)) {
			Sandbox.Result result = sandbox.run("head -c 100000 /dev/zero | tr '\\0' x", "", Duration.ofSeconds(10),
					new NullProgressMonitor());

			assertEquals(Sandbox.OUTPUT_CAP, result.stdout().length());
		}
	}

	@Test
	void cancelKillsTheRun() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		try (Sandbox sandbox = Sandbox.of(project, baseline, path -> false)) {
			assertThrows(OperationCanceledException.class,
					() -> sandbox.run("sleep 30", "", Duration.ofSeconds(60), monitor));
		}
	}

	@Test
	void noCredentialsReachStudentCode() {
		Map<String, String> environment = new HashMap<>(Map.of("PATH", "/usr/bin", "CODIO_AUTOGRADE_URL", "https://x",
				"GITHUB_TOKEN", "t", "DB_PASSWORD", "p", "https_proxy", "http://user:secret@proxy:8080",
				"no_proxy", "localhost", "HOME", "/root"));

		Sandbox.clean(environment, temp.resolve("home"));

		assertEquals(Map.of("PATH", "/usr/bin", "no_proxy", "localhost", "HOME", temp.resolve("home").toString(),
				"USERPROFILE", temp.resolve("home").toString()), environment);
	}

	@Test
	void sandboxesLeaveNothingBehind() throws Exception {
		Path copy;
		try (Sandbox sandbox = Sandbox.of(project, baseline, path -> false)) {
			copy = sandbox.folder();
			assertTrue(Files.isRegularFile(copy.resolve(".guides/secure/check.sh")));
		}
		assertFalse(Files.exists(copy));
	}

	private static void put(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
