package codio.classdata.review;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.Assessment.SequenceEntry;
import codio.classdata.review.Assessment.StandardCodeTest;
import codio.classdata.review.TestOutcome.Outcome;

/**
 * Runs one auto-graded assessment in a {@link Sandbox}, as Codio runs it:
 * <ul>
 * <li>a Standard Code Test runs its pre-execute command, then its command once per sequence entry (the entry's
 * arguments appended, its input on standard input) and passes when every run's standard output matches the
 * expected output under the test's options ({@link OutputComparison}); all its points or none;</li>
 * <li>an Advanced Code Test with a custom command passes when the command exits 0 (partial points need Codio's
 * grading URL, which does not exist here: a pass earns all the points);</li>
 * <li>an Advanced Code Test on Codio's built-in Python unittest runner runs its test files ({@link PythonUnittest}),
 * on its JUnit runner the test classes on the JUnit Platform ({@link JavaJUnit}); on another built-in runner, and any other assessment, it is reported as not run here, never as a failure.</li>
 * </ul>
 */
public final class CodeTestRunner {

	private CodeTestRunner() {
	}

	public static TestOutcome run(Assessment assessment, Sandbox sandbox, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		return run(assessment, sandbox, null, monitor);
	}

	/**
	 * Runs an assessment whose Standard Code Test's pre-execute command already ran, in a copy of the folder it ran
	 * in ({@link Sandbox#copy()}): what that run did counts as this test's, its time included.
	 *
	 * @param preExecuted the pre-execute command's run, or null to run it here when the test has one
	 */
	static TestOutcome run(Assessment assessment, Sandbox sandbox, Sandbox.Result preExecuted,
			IProgressMonitor monitor) throws IOException, InterruptedException {
		if (assessment.codeTest() != null && needsHiddenFiles(assessment.codeTest())
				&& !java.nio.file.Files.isDirectory(sandbox.folder().resolve(Sandbox.SECURE))) {
			// without the published sources the test cannot run as Codio runs it: that is no failure of the student
			return TestOutcome.notRun(assessment, ReviewText.CodeTestRunner_needsHiddenFiles);
		}
		if (assessment.codeTest() instanceof StandardCodeTest standard) {
			return standard(assessment, standard, sandbox, preExecuted, monitor);
		}
		if (assessment.codeTest() instanceof AdvancedCodeTest advanced) {
			return advanced(assessment, advanced, sandbox, monitor);
		}
		return TestOutcome.notRun(assessment, NLS.bind(ReviewText.CodeTestRunner_notACodeTest, assessment.type()));
	}

	private static TestOutcome standard(Assessment assessment, StandardCodeTest test, Sandbox sandbox,
			Sandbox.Result preExecuted, IProgressMonitor monitor) throws IOException, InterruptedException {
		List<SequenceEntry> sequence = test.sequence();
		if (test.command().isBlank() || sequence.isEmpty()) {
			return TestOutcome.notRun(assessment, ReviewText.CodeTestRunner_nothingToCompare);
		}
		SubMonitor progress = SubMonitor.convert(monitor, sequence.size() + 1);
		Duration limit = Duration.ofSeconds(test.options().timeoutSeconds());
		double seconds = 0;
		if (!test.preExecuteCommand().isBlank()) {
			Sandbox.Result pre = preExecuted != null ? preExecuted
					: sandbox.run(test.preExecuteCommand(), "", limit, progress.split(1));
			seconds += pre.seconds();
			if (pre.timedOut()) {
				return new TestOutcome(assessment, Outcome.TIMED_OUT, 0, seconds, "", output(pre),
						NLS.bind(ReviewText.CodeTestRunner_preExecuteTimedOut, test.options().timeoutSeconds()));
			}
			if (pre.exitCode() != 0) {
				return new TestOutcome(assessment, Outcome.FAILED, 0, seconds, "", output(pre),
						NLS.bind(ReviewText.CodeTestRunner_preExecuteFailed, pre.exitCode()));
			}
		} else {
			progress.worked(1);
		}
		for (int i = 0; i < sequence.size(); i++) {
			SequenceEntry entry = sequence.get(i);
			String command = entry.arguments().isBlank() ? test.command()
					: test.command() + " " + entry.arguments();
			Sandbox.Result run = sandbox.run(command, entry.input(), limit, progress.split(1));
			seconds += run.seconds();
			String position = NLS.bind(ReviewText.CodeTestRunner_run, i + 1, sequence.size());
			if (run.timedOut()) {
				return new TestOutcome(assessment, Outcome.TIMED_OUT, 0, seconds, entry.output(), run.stdout(),
						NLS.bind(ReviewText.CodeTestRunner_timedOut, position, test.options().timeoutSeconds()));
			}
			if (!OutputComparison.matches(entry.output(), run.stdout(), test.options())) {
				String why = run.exitCode() == 0 ? NLS.bind(ReviewText.CodeTestRunner_outputDiffers, position)
						: NLS.bind(ReviewText.CodeTestRunner_outputDiffersExit, position, run.exitCode());
				return new TestOutcome(assessment, Outcome.FAILED, 0, seconds, entry.output(),
						run.stdout() + (run.stderr().isEmpty() ? "" : "\n" + run.stderr()), why);
			}
		}
		return new TestOutcome(assessment, Outcome.PASSED, assessment.points(), seconds, "", "", "");
	}

	private static TestOutcome advanced(Assessment assessment, AdvancedCodeTest test, Sandbox sandbox,
			IProgressMonitor monitor) throws IOException, InterruptedException {
		if (!test.codeEnvConfig().isEmpty()) {
			Optional<PythonUnittest> python = PythonUnittest.of(test.codeEnvConfig());
			if (python.isPresent()) {
				return python.get().run(assessment, test, sandbox, monitor);
			}
			Optional<JavaJUnit> junit = JavaJUnit.of(test.codeEnvConfig());
			if (junit.isPresent()) {
				return junit.get().run(assessment, test, sandbox, monitor);
			}
			return TestOutcome.notRun(assessment,
					NLS.bind(ReviewText.CodeTestRunner_builtInRunner, runnerName(test.codeEnvConfig())));
		}
		if (test.command().isBlank()) {
			return TestOutcome.notRun(assessment, ReviewText.CodeTestRunner_noCommand);
		}
		Sandbox.Result run = sandbox.run(test.command(), "", Duration.ofSeconds(test.timeoutSeconds()), monitor);
		if (run.timedOut()) {
			return new TestOutcome(assessment, Outcome.TIMED_OUT, 0, run.seconds(), "", output(run),
					NLS.bind(ReviewText.CodeTestRunner_commandTimedOut, test.timeoutSeconds()));
		}
		if (run.exitCode() != 0) {
			return new TestOutcome(assessment, Outcome.FAILED, 0, run.seconds(), "", output(run),
					NLS.bind(ReviewText.CodeTestRunner_commandFailed, run.exitCode()));
		}
		return new TestOutcome(assessment, Outcome.PASSED, assessment.points(), run.seconds(), "", output(run), "");
	}

	/** Whether the test's commands or runner use the assignment's hidden files. */
	private static boolean needsHiddenFiles(Assessment.CodeTest test) {
		String text = test instanceof StandardCodeTest standard ? standard.preExecuteCommand() + " " + standard.command()
				: ((AdvancedCodeTest) test).command() + " " + ((AdvancedCodeTest) test).codeEnvConfig();
		return text.contains(Sandbox.SECURE);
	}

	static String output(Sandbox.Result result) {
		return result.stderr().isEmpty() ? result.stdout()
				: result.stdout().isEmpty() ? result.stderr() : result.stdout() + "\n" + result.stderr();
	}

	/** "java/junit" from Codio's runner configuration, or the configuration's start when it cannot be read. */
	static String runnerName(String codeEnvConfig) {
		try {
			JsonElement config = JsonParser.parseString(codeEnvConfig);
			if (config.isJsonObject()) {
				String type = config.getAsJsonObject().has("type")
						? config.getAsJsonObject().get("type").getAsString()
						: "?";
				return config.getAsJsonObject().has("subtype")
						? type + "/" + config.getAsJsonObject().get("subtype").getAsString()
						: type;
			}
		} catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
			// fall through: name it by its text
		}
		return codeEnvConfig.length() > 40 ? codeEnvConfig.substring(0, 40) + "\u2026" : codeEnvConfig;
	}
}
