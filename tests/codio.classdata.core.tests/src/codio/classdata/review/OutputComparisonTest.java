package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import codio.classdata.review.Assessment.OutputOptions;

/** The options of a Standard Code Test's output comparison. */
class OutputComparisonTest {

	private static OutputOptions options(boolean ignoreCase, boolean ignoreWhitespaces, boolean ignoreNewline,
			boolean matchSubstring) {
		return new OutputOptions(ignoreCase, ignoreWhitespaces, ignoreNewline, matchSubstring, 10);
	}

	private static final OutputOptions EXACT = options(false, false, false, false);

	@Test
	void exactButForLineBreakStyleAndAFinalLineBreak() {
		assertTrue(OutputComparison.matches("a\nb", "a\r\nb\r\n", EXACT));
		assertFalse(OutputComparison.matches("a b", "a  b", EXACT));
		assertFalse(OutputComparison.matches("A", "a", EXACT));
		assertFalse(OutputComparison.matches("a", "a\n\nb", EXACT));
	}

	@Test
	void ignoreCase() {
		assertTrue(OutputComparison.matches("Hello", "hELLO", options(true, false, false, false)));
	}

	@Test
	void ignoreWhitespacesKeepsLines() {
		assertTrue(OutputComparison.matches("1 2 3", "1  2\t3 ", options(false, true, false, false)));
		assertFalse(OutputComparison.matches("1 2", "1\n2", options(false, true, false, false)));
	}

	@Test
	void ignoreNewline() {
		assertTrue(OutputComparison.matches("123", "1\n2\n3\n", options(false, false, true, false)));
	}

	@Test
	void matchSubstring() {
		assertTrue(OutputComparison.matches("Total: 5", "Computing...\nTotal: 5\nBye", options(false, false, false,
				true)));
		assertFalse(OutputComparison.matches("Total: 6", "Total: 5", options(false, false, false, true)));
	}
}
