package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.TestOutcome.Outcome;

/** Codio's built-in Python unittest runner, with the baseline's hidden tests. Needs python3 on the PATH. */
class PythonUnittestTest {

	private static final String CONFIG = "{\"type\":\"python\",\"subtype\":\"unittest\","
			+ "\"files\":[\".guides/secure/test_calc.py\"]}";

	@TempDir
	Path temp;
	private Path baseline;

	@BeforeEach
	void hiddenTests() throws IOException {
		baseline = temp.resolve("starter");
		put(baseline, ".guides/secure/test_calc.py", """
				import unittest
				from calc import add, sub

				class CalcTest(unittest.TestCase):
				    def test_add(self):
				        self.assertEqual(add(2, 3), 5)

				    def test_sub(self):
				        self.assertEqual(sub(5, 3), 2)
				""");
	}

	private TestOutcome run(String calc, boolean partialPoints) throws Exception {
		Path project = temp.resolve("student-" + System.nanoTime());
		put(project, "calc.py", calc);
		Assessment assessment = new Assessment("t", Assessment.ADVANCED_CODE_TEST, "Unit tests", 4,
				new AdvancedCodeTest("", 30, partialPoints, CONFIG));
		try (Sandbox sandbox = Sandbox.of(project, baseline, path -> false)) {
			return CodeTestRunner.run(assessment, sandbox, new NullProgressMonitor());
		}
	}

	@Test
	void everyTestPassesForAllThePoints() throws Exception {
		assumeTrue(python3OnPath(), "python3 is not on the PATH");

		TestOutcome outcome = run("def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a - b\n", true);

		assertEquals(Outcome.PASSED, outcome.outcome(), outcome.detail() + "\n" + outcome.actual());
		assertEquals(4, outcome.points());
	}

	@Test
	void partialPointsPerPassedTest() throws Exception {
		assumeTrue(python3OnPath(), "python3 is not on the PATH");

		TestOutcome partial = run("def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a + b\n", true);
		TestOutcome none = run("def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a + b\n", false);

		assertEquals(Outcome.FAILED, partial.outcome());
		assertEquals(2, partial.points());
		assertEquals("1 of 2 tests passed", partial.detail());
		assertTrue(partial.actual().contains("test_sub"), partial.actual());
		assertEquals(0, none.points());
	}

	@Test
	void otherBuiltInRunnersAreNotRunHere() throws Exception {
		assertTrue(PythonUnittest.of("{\"type\":\"java\",\"subtype\":\"junit\"}").isEmpty());
		assertTrue(PythonUnittest.of("{\"type\":\"python\",\"subtype\":\"pycodestyle\"}").isEmpty());
		assertTrue(PythonUnittest.of(CONFIG).isPresent());
	}

	private static boolean python3OnPath() {
		return Arrays.stream(String.valueOf(System.getenv("PATH")).split(File.pathSeparator))
				.anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, "python3")));
	}

	private static void put(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
