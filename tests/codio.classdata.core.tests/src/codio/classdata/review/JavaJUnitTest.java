package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.TestOutcome.Outcome;

/**
 * Codio's built-in JUnit runner: the student's code compiled with the baseline's hidden test classes and run on the
 * JUnit Platform in a JVM of its own (JUnit 5 on Jupiter, JUnit 4 on the vintage engine). Needs a JDK on the PATH,
 * which the build has.
 */
class JavaJUnitTest {

	private static final String JUPITER_CONFIG = "{\"type\":\"java\",\"subtype\":\"junit\","
			+ "\"files\":[\".guides/secure/CalcTest.java\"],\"sourcePath\":\"code\"}";

	@TempDir
	Path temp;
	private Path baseline;

	@BeforeEach
	void hiddenTests() throws IOException {
		baseline = temp.resolve("starter");
		put(baseline, ".guides/secure/CalcTest.java", """
				import static org.junit.jupiter.api.Assertions.assertEquals;

				import org.junit.jupiter.api.Test;

				class CalcTest {
					@Test
					void adds() {
						assertEquals(5, calc.Calc.add(2, 3));
					}

					@Test
					void subtracts() {
						assertEquals(2, calc.Calc.sub(5, 3));
					}
				}
				""");
		put(baseline, ".guides/secure/legacy/CalcLegacyTest.java", """
				package legacy;

				import org.junit.Assert;
				import org.junit.Test;

				public class CalcLegacyTest {
					@Test
					public void adds() {
						Assert.assertEquals(4, calc.Calc.add(2, 2));
					}
				}
				""");
	}

	private TestOutcome run(String calc, boolean partialPoints, String config, int timeoutSeconds) throws Exception {
		Path project = temp.resolve("student-" + System.nanoTime());
		put(project, "code/calc/Calc.java", calc);
		put(project, "README.md", "mine\n");
		Assessment assessment = new Assessment("t", Assessment.ADVANCED_CODE_TEST, "Unit tests", 4,
				new AdvancedCodeTest("", timeoutSeconds, partialPoints, config));
		try (Sandbox sandbox = Sandbox.of(project, baseline, path -> false)) {
			TestOutcome outcome = CodeTestRunner.run(assessment, sandbox, new NullProgressMonitor());
			assertTrue(Files.notExists(project.resolve(".codio-review-junit")), "nothing written into the project");
			return outcome;
		}
	}

	private static String calc(String add, String sub) {
		return """
				package calc;

				public class Calc {
					public static int add(int a, int b) {
						return %s;
					}

					public static int sub(int a, int b) {
						return %s;
					}
				}
				""".formatted(add, sub);
	}

	@Test
	void jupiterTestsPassForAllThePoints() throws Exception {
		TestOutcome outcome = run(calc("a + b", "a - b"), true, JUPITER_CONFIG, 60);

		assertEquals(Outcome.PASSED, outcome.outcome(), outcome.detail() + "\n" + outcome.actual());
		assertEquals(4, outcome.points());
		assertTrue(outcome.actual().contains("2 tests successful"), outcome.actual());
	}

	@Test
	void partialPointsPerPassedTestAndTheFailureTrace() throws Exception {
		TestOutcome partial = run(calc("a + b", "a + b"), true, JUPITER_CONFIG, 60);
		TestOutcome none = run(calc("a + b", "a + b"), false, JUPITER_CONFIG, 60);

		assertEquals(Outcome.FAILED, partial.outcome());
		assertEquals(2, partial.points());
		assertEquals("1 of 2 tests passed", partial.detail());
		assertTrue(partial.actual().contains("subtracts()") && partial.actual().contains("expected: <2> but was: <8>"),
				partial.actual());
		assertEquals(0, none.points());
	}

	@Test
	void junit4TestsRunOnTheVintageEngineWithLenientlyReadSettings() throws Exception {
		String config = "{\"type\":\"Java\",\"subtype\":\"junit4\",\"source_path\":\"code\","
				+ "\"testSourcePath\":\".guides/secure/legacy\"}";

		TestOutcome outcome = run(calc("a + b", "a - b"), false, config, 60);

		assertEquals(Outcome.PASSED, outcome.outcome(), outcome.detail() + "\n" + outcome.actual());
		assertEquals(4, outcome.points());
	}

	@Test
	void codeThatDoesNotCompileFailsWithJavacsMessage() throws Exception {
		TestOutcome outcome = run(calc("a + b", "a - "), true, JUPITER_CONFIG, 60);

		assertEquals(Outcome.FAILED, outcome.outcome());
		assertEquals(0, outcome.points());
		assertTrue(outcome.detail().startsWith("the student's code does not compile with the tests"),
				outcome.detail());
		assertTrue(outcome.actual().contains("Calc.java"), outcome.actual());
	}

	@Test
	void aTestThatNeverEndsIsStoppedAtTheLimit() throws Exception {
		TestOutcome outcome = run(calc("a + b", "loop()").replace("}\n}", """
				}

					private static int loop() {
						while (true) {
							Thread.onSpinWait();
						}
					}
				}"""), true, JUPITER_CONFIG, 5);

		assertEquals(Outcome.TIMED_OUT, outcome.outcome(), outcome.detail() + "\n" + outcome.actual());
		assertEquals(0, outcome.points());
	}

	@Test
	void aMissingTestFileIsNotRunRatherThanFailed() throws Exception {
		String config = "{\"type\":\"java\",\"subtype\":\"junit\",\"files\":[\".guides/secure/Nope.java\"]}";

		TestOutcome outcome = run(calc("a + b", "a - b"), true, config, 60);

		assertEquals(Outcome.NOT_RUN, outcome.outcome());
	}

	private static void put(Path root, String path, String content) throws IOException {
		Files.createDirectories(root.resolve(path).getParent());
		Files.writeString(root.resolve(path), content);
	}
}
