package codio.classdata.review;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import com.google.gson.JsonObject;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.TestOutcome.Outcome;
import codio.classdata.workspace.RelativePaths;

/**
 * Codio's built-in JUnit runner ({@code codeEnvConfig} of type {@code java} with a JUnit subtype): in the sandbox,
 * the student's sources and the named test classes are compiled together with {@code javac}, then the JUnit
 * Platform's console launcher runs the test classes in a JVM of their own (JUnit 5 tests on Jupiter, JUnit 4 tests
 * on the vintage engine; both APIs are on the class path). With partial points allowed, the points are shared out
 * per passed test. Student code never runs in the IDE's JVM.
 * <p>
 * Read leniently, as Codio publishes no sample: the test files ({@code files}), the source path
 * ({@code sourcePath}), the test source path, the library path (its jars join the class path) and the working
 * directory, under the spellings Codio's UI names them.
 */
final class JavaJUnit {

	/** The console launcher's bundle: JUnit Platform, Jupiter, Vintage, JUnit 4 and Hamcrest in one jar. */
	static final String LAUNCHER_BUNDLE = "junit-platform-console-standalone";
	private static final String WORK_FOLDER = ".codio-review-junit";
	private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
	private static final Pattern COUNT = Pattern.compile("\\[\\s*(\\d+) tests (found|successful|failed)\\s*\\]");

	private final List<String> testFiles;
	private final String sourcePath;
	private final String testSourcePath;
	private final String libraryPath;
	private final String workingDirectory;

	private JavaJUnit(List<String> testFiles, String sourcePath, String testSourcePath, String libraryPath,
			String workingDirectory) {
		this.testFiles = List.copyOf(testFiles);
		this.sourcePath = sourcePath;
		this.testSourcePath = testSourcePath;
		this.libraryPath = libraryPath;
		this.workingDirectory = workingDirectory;
	}

	/** The runner a configuration names, when it is Java with JUnit (4 or 5). */
	static Optional<JavaJUnit> of(String codeEnvConfig) {
		Optional<JsonObject> parsed = RunnerConfig.parse(codeEnvConfig);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		JsonObject config = parsed.get();
		if (!"java".equalsIgnoreCase(RunnerConfig.text(config, "type"))
				|| !RunnerConfig.text(config, "subtype").toLowerCase(Locale.ROOT).contains("junit")) {
			return Optional.empty();
		}
		return Optional.of(new JavaJUnit(RunnerConfig.texts(config, "files", "testFiles", "tests"),
				RunnerConfig.text(config, "sourcePath", "source_path", "srcPath", "src"),
				RunnerConfig.text(config, "testSourcePath", "test_source_path", "testPath", "testsPath"),
				RunnerConfig.text(config, "libraryPath", "library_path", "libPath", "libs"),
				RunnerConfig.text(config, "workingDirectory", "working_directory", "workDir", "wd")));
	}

	TestOutcome run(Assessment assessment, AdvancedCodeTest test, Sandbox sandbox, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		Optional<Path> launcher = launcher();
		if (launcher.isEmpty()) {
			return TestOutcome.notRun(assessment, NLS.bind(ReviewText.JavaJUnit_needsLauncher, LAUNCHER_BUNDLE));
		}
		if (!Executables.onPath("javac") || !Executables.onPath("java")) {
			return TestOutcome.notRun(assessment, ReviewText.JavaJUnit_needsJdk);
		}
		Path work = sandbox.folder();
		List<String> tests = testSources(work);
		if (tests.isEmpty()) {
			return TestOutcome.notRun(assessment, ReviewText.JavaJUnit_noTests);
		}
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		Duration limit = Duration.ofSeconds(test.timeoutSeconds());
		Set<String> sources = new LinkedHashSet<>(javaFiles(work, sourcePath.isBlank() ? "." : sourcePath));
		sources.addAll(tests);
		Path folder = Files.createDirectories(work.resolve(WORK_FOLDER));
		Files.write(folder.resolve("sources.txt"), sources.stream().map(JavaJUnit::quoted).toList(),
				StandardCharsets.UTF_8);
		String classPath = classPath(work, launcher.get(), null);
		Sandbox.Result compiled = sandbox.runProgram(List.of("javac", "-nowarn", "-encoding", "UTF-8", "-d",
				WORK_FOLDER + "/classes", "-cp", classPath, "@" + WORK_FOLDER + "/sources.txt"), ".", "", limit,
				progress.split(1));
		if (compiled.timedOut()) {
			return new TestOutcome(assessment, Outcome.TIMED_OUT, 0, compiled.seconds(), "",
					CodeTestRunner.output(compiled), NLS.bind(ReviewText.CodeTestRunner_commandTimedOut,
							test.timeoutSeconds()));
		}
		if (compiled.exitCode() != 0) {
			return new TestOutcome(assessment, Outcome.FAILED, 0, compiled.seconds(), "",
					CodeTestRunner.output(compiled), NLS.bind(ReviewText.JavaJUnit_doesNotCompile,
							compiled.exitCode()));
		}
		List<String> command = new ArrayList<>(List.of("java", "-jar", launcher.get().toString(), "execute",
				"--disable-banner", "--disable-ansi-colors", "--details=tree", "--fail-if-no-tests", "--class-path",
				classPath(work, null, work.resolve(WORK_FOLDER).resolve("classes"))));
		for (String file : tests) {
			command.add("--select-class");
			command.add(className(work.resolve(file), file));
		}
		String runIn = workingDirectory.isBlank() ? "." : workingDirectory;
		Sandbox.Result ran = sandbox.runProgram(command, runIn, "", limit, progress.split(1));
		double seconds = compiled.seconds() + ran.seconds();
		String output = CodeTestRunner.output(ran);
		if (ran.timedOut()) {
			return new TestOutcome(assessment, Outcome.TIMED_OUT, 0, seconds, "", output,
					NLS.bind(ReviewText.CodeTestRunner_commandTimedOut, test.timeoutSeconds()));
		}
		int found = count(ran.stdout(), "found");
		int passed = count(ran.stdout(), "successful");
		if (found == 0) {
			return new TestOutcome(assessment, Outcome.FAILED, 0, seconds, "", output,
					ReviewText.JavaJUnit_noTestsRan);
		}
		boolean all = passed == found && ran.exitCode() == 0;
		double points = all ? assessment.points()
				: test.partialPointsAllowed() ? assessment.points() * passed / found : 0;
		return new TestOutcome(assessment, all ? Outcome.PASSED : Outcome.FAILED, points, seconds, "", output,
				all ? "" : NLS.bind(ReviewText.PythonUnittest_passedOf, passed, found));
	}

	/** The test files: those named, else every Java file of the test source path; relative to the copy. */
	private List<String> testSources(Path work) throws IOException {
		List<String> tests = new ArrayList<>();
		for (String file : testFiles) {
			Path path = work.resolve(file).normalize();
			if (path.startsWith(work) && Files.isRegularFile(path) && file.endsWith(".java")) {
				tests.add(RelativePaths.of(work, path));
			}
		}
		if (tests.isEmpty() && !testSourcePath.isBlank()) {
			tests.addAll(javaFiles(work, testSourcePath));
		}
		return tests;
	}

	/** The Java files under a folder of the copy, relative to it; the teacher's {@code .guides} and ours left out. */
	private static List<String> javaFiles(Path work, String folder) throws IOException {
		Path start = work.resolve(folder).normalize();
		List<String> files = new ArrayList<>();
		if (!start.startsWith(work) || !Files.isDirectory(start)) {
			return files;
		}
		Files.walkFileTree(start, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				String relative = RelativePaths.of(work, dir);
				return relative.equals(".guides") || relative.equals(WORK_FOLDER) ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
					files.add(RelativePaths.of(work, file));
				}
				return FileVisitResult.CONTINUE;
			}
		});
		files.sort(null);
		return files;
	}

	/** The launcher's jar (to compile against the JUnit APIs) or the compiled classes, and the library jars. */
	private String classPath(Path work, Path launcher, Path classes) throws IOException {
		List<String> entries = new ArrayList<>();
		entries.add((launcher != null ? launcher : classes).toString());
		if (!libraryPath.isBlank()) {
			Path libraries = work.resolve(libraryPath).normalize();
			if (libraries.startsWith(work) && Files.isDirectory(libraries)) {
				try (var jars = Files.list(libraries)) {
					jars.filter(jar -> jar.getFileName().toString().endsWith(".jar")).sorted()
							.forEach(jar -> entries.add(jar.toString()));
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static String className(Path file, String relative) throws IOException {
		String stem = file.getFileName().toString().replaceFirst("\\.java$", "");
		Matcher declared = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
		return declared.find() ? declared.group(1) + "." + stem : stem;
	}

	private static int count(String output, String kind) {
		for (Matcher line = COUNT.matcher(output); line.find();) {
			if (line.group(2).equals(kind)) {
				return Integer.parseInt(line.group(1));
			}
		}
		return 0;
	}

	/** A path in javac's argument file: quoted, backslashes doubled. */
	private static String quoted(String path) {
		return "\"" + path.replace("\\", "\\\\") + "\"";
	}

	/** The console launcher's jar, from the bundle installed beside ours; empty when it is not installed. */
	static Optional<Path> launcher() {
		Bundle bundle = Platform.getBundle(LAUNCHER_BUNDLE);
		if (bundle == null) {
			return Optional.empty();
		}
		try {
			File file = FileLocator.getBundleFile(bundle);
			return file.isFile() ? Optional.of(file.toPath()) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
