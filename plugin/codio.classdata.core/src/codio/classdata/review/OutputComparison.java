package codio.classdata.review;

import java.util.Locale;

import codio.classdata.review.Assessment.OutputOptions;

/**
 * Compares a program's output with a Standard Code Test's expected output under the test's options. Line breaks
 * are compared as {@code \n} whatever the platform wrote, and a final line break does not count (a
 * {@code println} of the last line passes an expected output typed without one).
 */
public final class OutputComparison {

	private OutputComparison() {
	}

	public static boolean matches(String expected, String actual, OutputOptions options) {
		String wanted = normalised(expected, options);
		String got = normalised(actual, options);
		return options.matchSubstring() ? got.contains(wanted) : got.equals(wanted);
	}

	static String normalised(String text, OutputOptions options) {
		String result = text.replace("\r\n", "\n").replace('\r', '\n');
		if (options.ignoreCase()) {
			result = result.toLowerCase(Locale.ROOT);
		}
		if (options.ignoreWhitespaces()) {
			result = result.replaceAll("[\\t\\x0B\\f \\u00A0]+", "");
		}
		if (options.ignoreNewline()) {
			result = result.replace("\n", "");
		}
		while (result.endsWith("\n")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}
}
