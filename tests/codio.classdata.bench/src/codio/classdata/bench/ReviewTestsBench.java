package codio.classdata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import codio.classdata.review.ReviewTestOperation;
import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.ReviewedProject;
import codio.classdata.review.TestOutcome;

/**
 * The review tests bench (run by {@code ./mvnw -B -Pbench verify}): a Java assignment with 5 Standard Code Tests
 * (each compiles with {@code javac}, then runs the program with its own argument and compares the output) over 200
 * generated students, one in four of whom is off by one. Ours: {@link ReviewTestOperation} as the IDE and
 * {@code codio-classdata test} run it (a throw-away copy per test, parallel up to the cores). Anchor: what an
 * instructor would script, a plain shell loop that runs the same commands one student after another in the
 * students' folders. One small warm-up of each, then alternating rounds; the ratio is the median of the rounds'.
 * {@code -Dcodio.classdata.bench.reviewStudents=N} and {@code -Dcodio.classdata.bench.reviewRounds=N} change the
 * size (a round of the anchor at 200 students takes about 15 minutes on 2 cores).
 */
class ReviewTestsBench {

	private static final int STUDENTS = Integer.getInteger("codio.classdata.bench.reviewStudents", 200);
	private static final int ROUNDS = Integer.getInteger("codio.classdata.bench.reviewRounds", 3);
	private static final int TESTS = 5;
	private static final String COMPILE = "javac -d out code/loops/Main.java";
	private static final String RUN = "java -cp out loops.Main";

	@Test
	void assignmentTestsOverEveryStudentAgainstAShellLoop() throws Exception {
		Path work = Files.createTempDirectory("codio-review-bench");
		try {
			Path starter = work.resolve("starter");
			writeAssessments(starter);
			List<Path> students = new ArrayList<>();
			for (int i = 0; i < STUDENTS; i++) {
				students.add(writeStudent(work.resolve("students").resolve(String.format(Locale.ROOT, "s%03d", i)),
						i % 4 == 3));
			}
			int expectedPasses = (int) students.stream().filter(s -> !s.getFileName().toString().endsWith("x"))
					.count() * TESTS;
			Path script = writeScript(work, students);
			Path warmScript = writeScript(work.resolve("warm"), students.subList(0, 4));
			anchor(warmScript, work);
			ours(students.subList(0, 4), starter);
			List<Double> anchor = new ArrayList<>();
			List<Double> ours = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) {
				long started = System.nanoTime();
				int anchorPasses = anchor(script, work);
				anchor.add((System.nanoTime() - started) / 1e9);
				assertEquals(expectedPasses, anchorPasses);
				started = System.nanoTime();
				int ourPasses = ours(students, starter);
				ours.add((System.nanoTime() - started) / 1e9);
				assertEquals(expectedPasses, ourPasses);
				System.out.printf(Locale.ROOT, "review-tests round %d: ours %.1f s, anchor %.1f s%n", round + 1,
						ours.get(round), anchor.get(round));
			}
			BenchReport report = BenchReport.shared();
			report.add(BenchReport.Figure.ofRounds("review-tests-time", ours, anchor, "s", "ratio ≤ 0.55",
					String.format(Locale.ROOT, "after a warm-up of each: %d students × %d Standard Code Tests of a "
							+ "Java assignment (javac, then java with the test's argument, output compared), our "
							+ "test run (a throw-away copy per test, %d in parallel; tests that share the compile "
							+ "step start from copies of one run of it) against a bash loop running the same "
							+ "commands one student after another in place", STUDENTS, TESTS,
							Runtime.getRuntime().availableProcessors())));
			report.write(Path.of(System.getProperty("codio.classdata.docs", "target")).resolve("BENCHMARKS.md"));
		} finally {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** Runs the tests; the number passed. */
	private static int ours(List<Path> students, Path starter) throws Exception {
		List<ReviewedProject> projects = students.stream().map(folder -> new ReviewedProject(
				folder.getFileName().toString(), folder, "Loops", folder.getFileName().toString(), "", starter,
				path -> path.startsWith("out/"))).toList();
		List<ProjectResult> results = new ReviewTestOperation(projects).run(new NullProgressMonitor());
		return (int) results.stream().flatMap(result -> result.outcomes().stream())
				.filter(outcome -> outcome.outcome() == TestOutcome.Outcome.PASSED).count();
	}

	/** Runs the shell loop; the number of passes it printed. Its compiled classes are removed afterwards. */
	private static int anchor(Path script, Path work) throws Exception {
		Process process = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output);
		try (Stream<Path> outs = Files.find(work.resolve("students"), 2, (path, attributes) -> path.getFileName()
				.toString().equals("out"))) {
			for (Path out : outs.toList()) {
				try (Stream<Path> files = Files.walk(out)) {
					files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
		}
		return (int) output.lines().filter(line -> line.equals("pass")).count();
	}

	private static long total(int limit) {
		return (long) limit * (limit + 1) / 2;
	}

	private static void writeAssessments(Path starter) throws IOException {
		for (int test = 1; test <= TESTS; test++) {
			int limit = test * 3;
			write(starter.resolve(".guides/assessments/code-output-compare-" + test + ".json"), """
					{"type": "code-output-compare", "taskId": "code-output-compare-%d",
					 "source": {"name": "Total up to %d", "points": 2, "preExecuteCommand": "%s",
					  "command": "%s", "options": {"timeout": 60},
					  "sequence": [{"arguments": "%d", "input": "", "output": "Total: %d\\n"}]}}
					""".formatted(test, limit, COMPILE, RUN, limit, total(limit)));
		}
		write(starter.resolve("code/loops/Main.java"), program("// your code here", "<="));
	}

	/** A student's workspace; a folder whose name ends in x holds the off-by-one program. */
	private static Path writeStudent(Path folder, boolean offByOne) throws IOException {
		Path named = offByOne ? folder.resolveSibling(folder.getFileName() + "x") : folder;
		write(named.resolve("code/loops/Main.java"), program("// " + named.getFileName(), offByOne ? "<" : "<="));
		write(named.resolve("README.md"), "# Loops\n");
		return named;
	}

	private static String program(String comment, String comparison) {
		return """
				package loops;

				%s
				public class Main {
					public static void main(String[] args) {
						int limit = Integer.parseInt(args[0]);
						long total = 0;
						for (int i = 1; i %s limit; i++) {
							total += i;
						}
						System.out.println("Total: " + total);
					}
				}
				""".formatted(comment, comparison);
	}

	/** The loop an instructor would write: for each student, each test's compile, run and comparison. */
	private static Path writeScript(Path folder, List<Path> students) throws IOException {
		StringBuilder script = new StringBuilder("#!/bin/bash\n");
		for (Path student : students) {
			script.append("cd '").append(student).append("'\n");
			for (int test = 1; test <= TESTS; test++) {
				int limit = test * 3;
				script.append(COMPILE).append(" && [ \"$(").append(RUN).append(' ').append(limit)
						.append(")\" = \"Total: ").append(total(limit)).append("\" ] && echo pass || echo fail\n");
			}
		}
		Path file = folder.resolve("loop.sh");
		write(file, script.toString());
		return file;
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}
}
