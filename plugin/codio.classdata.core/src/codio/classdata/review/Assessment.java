package codio.classdata.review;

import java.util.List;

/**
 * One assessment of an assignment's guide, as Codio stores it in {@code .guides/assessments/}. Only the auto-graded
 * code tests carry a {@link #codeTest}; the others (multiple choice, free text, …) are listed so that a review can
 * say they are not run.
 *
 * @param taskId   Codio's id of the assessment
 * @param type     Codio's type name: {@code code-output-compare}, {@code test}, {@code multiple-choice}, …
 * @param name     its name in the guide, or the task id
 * @param points   its points
 * @param codeTest how to run it, or null when it is not a code test
 */
public record Assessment(String taskId, String type, String name, double points, CodeTest codeTest) {

	/** Codio's Standard Code Test. */
	public static final String STANDARD_CODE_TEST = "code-output-compare";
	/** Codio's Advanced Code Test. */
	public static final String ADVANCED_CODE_TEST = "test";

	/** How a code test runs; one of {@link StandardCodeTest} and {@link AdvancedCodeTest}. */
	public sealed interface CodeTest permits StandardCodeTest, AdvancedCodeTest {
	}

	/**
	 * A Standard Code Test: the pre-execute command once, then the command once per sequence entry, its output
	 * compared with the entry's.
	 *
	 * @param preExecuteCommand run first (such as {@code javac code/Test.java}); empty for none
	 * @param command           run per entry, the entry's arguments appended
	 * @param options           how output is compared, and the time limit
	 * @param sequence          the runs
	 */
	public record StandardCodeTest(String preExecuteCommand, String command, OutputOptions options,
			List<SequenceEntry> sequence) implements CodeTest {

		public StandardCodeTest {
			sequence = List.copyOf(sequence);
		}
	}

	/**
	 * How a Standard Code Test compares output.
	 *
	 * @param timeoutSeconds the time limit of each run
	 */
	public record OutputOptions(boolean ignoreCase, boolean ignoreWhitespaces, boolean ignoreNewline,
			boolean matchSubstring, int timeoutSeconds) {
	}

	/** One run of a Standard Code Test: arguments, standard input and the expected output. */
	public record SequenceEntry(String arguments, String input, String output) {
	}

	/**
	 * An Advanced Code Test: a command that passes when it exits 0, or, with {@code codeEnvConfig}, one of Codio's
	 * built-in runners (JUnit, Python unittest, …).
	 *
	 * @param command               the command
	 * @param timeoutSeconds        its time limit
	 * @param partialPointsAllowed  whether points are given per passed test
	 * @param codeEnvConfig         Codio's runner configuration (a JSON string), or empty for a custom command
	 */
	public record AdvancedCodeTest(String command, int timeoutSeconds, boolean partialPointsAllowed,
			String codeEnvConfig) implements CodeTest {
	}
}
