package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.TestOutcome.Outcome;

/**
 * Codio's built-in Python unittest runner ({@code codeEnvConfig} {@code {type: "python", subtype: "unittest", files,
 * executable, pythonwd}}): each test file runs with {@code python3 -m unittest} in the sandbox, the student's folder
 * importable; with partial points allowed, the points are shared out per passed test. Needs a Python on the PATH;
 * without one the test is reported as not run here.
 */
final class PythonUnittest {

	private static final Pattern RESULT_LINE = Pattern.compile("(?m)^.* \\.\\.\\. (ok|FAIL|ERROR|skipped.*|expected failure|unexpected success)$");
	private static final Pattern RAN = Pattern.compile("(?m)^Ran (\\d+) tests?");

	private final List<String> files;
	private final String executable;
	private final String workingFolder;

	private PythonUnittest(List<String> files, String executable, String workingFolder) {
		this.files = List.copyOf(files);
		this.executable = executable;
		this.workingFolder = workingFolder;
	}

	/** The runner a configuration names, when it is Python's unittest. */
	static Optional<PythonUnittest> of(String codeEnvConfig) {
		Optional<JsonObject> parsed = RunnerConfig.parse(codeEnvConfig);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		JsonObject config = parsed.get();
		if (!"python".equalsIgnoreCase(text(config, "type")) || !"unittest".equalsIgnoreCase(text(config, "subtype"))) {
			return Optional.empty();
		}
		String executable = text(config, "executable");
		return Optional.of(new PythonUnittest(RunnerConfig.texts(config, "files"),
				executable.isBlank() ? "python3" : executable, text(config, "pythonwd")));
	}

	TestOutcome run(Assessment assessment, AdvancedCodeTest test, Sandbox sandbox, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		Optional<String> interpreter = interpreter(executable);
		if (interpreter.isEmpty()) {
			return TestOutcome.notRun(assessment, NLS.bind(ReviewText.PythonUnittest_needsPython, executable));
		}
		if (files.isEmpty()) {
			return TestOutcome.notRun(assessment, ReviewText.PythonUnittest_noFiles);
		}
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		Duration limit = Duration.ofSeconds(test.timeoutSeconds());
		String folder = workingFolder.isBlank() ? "." : workingFolder;
		int total = 0;
		int passed = 0;
		double seconds = 0;
		StringBuilder output = new StringBuilder();
		for (String file : files) {
			Path path = Path.of(file);
			String directory = path.getParent() == null ? "." : path.getParent().toString();
			String start = relativeTo(folder, directory);
			// discover with the test file's folder as its top: the file imports as a plain module, the student's
			// folder (the working folder) stays importable
			Sandbox.Result run;
			try {
				run = sandbox.runProgram(List.of(interpreter.get(), "-m", "unittest", "discover", "-v", "-s", start, "-t",
						start, "-p", path.getFileName().toString()), folder, "", limit, progress.split(1));
			} catch (IOException e) {
				return TestOutcome.notRun(assessment, e.getMessage());
			}
			seconds += run.seconds();
			output.append(CodeTestRunner.output(run));
			if (run.timedOut()) {
				return new TestOutcome(assessment, Outcome.TIMED_OUT, 0, seconds, "", output.toString(),
						NLS.bind(ReviewText.CodeTestRunner_commandTimedOut, test.timeoutSeconds()));
			}
			Matcher ran = RAN.matcher(run.stderr());
			int count = ran.find() ? Integer.parseInt(ran.group(1)) : 0;
			int ok = 0;
			for (Matcher line = RESULT_LINE.matcher(run.stderr()); line.find();) {
				if (line.group(1).equals("ok") || line.group(1).equals("expected failure")) {
					ok++;
				}
			}
			total += count;
			passed += Math.min(ok, count);
		}
		if (total == 0) {
			return new TestOutcome(assessment, Outcome.FAILED, 0, seconds, "", output.toString(),
					ReviewText.PythonUnittest_noTestsRan);
		}
		boolean all = passed == total;
		double points = all ? assessment.points()
				: test.partialPointsAllowed() ? assessment.points() * passed / total : 0;
		return new TestOutcome(assessment, all ? Outcome.PASSED : Outcome.FAILED, points, seconds, "",
				output.toString(), all ? "" : NLS.bind(ReviewText.PythonUnittest_passedOf, passed, total));
	}

	private static String relativeTo(String folder, String directory) {
		if (folder.equals(".")) {
			return directory;
		}
		return Path.of(folder).relativize(Path.of(directory)).toString();
	}

	private static final java.util.Map<String, Optional<String>> INTERPRETERS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The interpreter itself, asked once outside any sandbox: version managers' shims (pyenv, asdf) find it through
	 * the user's home, which student runs do not get.
	 */
	private static Optional<String> interpreter(String executable) {
		if (!Executables.onPath(executable)) {
			return Optional.empty();
		}
		return INTERPRETERS.computeIfAbsent(executable, name -> {
			try {
				Process process = new ProcessBuilder(name, "-c", "import sys; print(sys.executable)")
						.redirectErrorStream(true).start();
				String printed = new String(process.getInputStream().readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8).strip();
				boolean done = process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
				if (!done) {
					process.destroyForcibly();
				}
				return done && process.exitValue() == 0 && Files.isExecutable(Path.of(printed)) ? Optional.of(printed)
						: Optional.empty();
			} catch (IOException e) {
				return Optional.empty();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		});
	}

	private static String text(JsonObject json, String member) {
		return RunnerConfig.text(json, member);
	}
}
