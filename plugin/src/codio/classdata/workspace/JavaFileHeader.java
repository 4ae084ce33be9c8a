package codio.classdata.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the head of a {@code .java} file says about where it belongs: its package and which JUnit it uses. Only the
 * first {@link #HEAD_BYTES} are read, since package and imports come first; that keeps a workspace of hundreds of
 * files quick to scan.
 *
 * @param packageName the declared package, {@code ""} for the default package
 * @param junit       the JUnit its imports name
 */
record JavaFileHeader(String packageName, TestFramework junit) {

	static final int HEAD_BYTES = 4096;

	/** Block and line comments, and string literals (which may contain comment markers or "package"). */
	private static final Pattern NOISE = Pattern.compile("/\\*.*?(\\*/|\\z)|//[^\\n]*|\"(\\\\.|[^\"\\\\\\n])*\"",
			Pattern.DOTALL);
	/** The package clause, possibly after annotations (package-info.java), before any type or import. */
	private static final Pattern PACKAGE = Pattern.compile(
			"\\A\\s*(?:@[\\w.]+\\s*(?:\\([^)]*\\))?\\s*)*package\\s+([\\p{L}\\p{N}_$]+(?:\\s*\\.\\s*[\\p{L}\\p{N}_$]+)*)\\s*;");
	private static final Pattern JUNIT5 = Pattern.compile("\\borg\\s*\\.\\s*junit\\s*\\.\\s*(jupiter|platform)\\b");
	private static final Pattern JUNIT4 = Pattern
			.compile("\\bimport\\s+(static\\s+)?(org\\s*\\.\\s*junit|junit\\s*\\.\\s*framework)\\s*\\.");

	/** Reads the head of a source file; the stream is left for the caller to close. */
	static JavaFileHeader read(InputStream in) throws IOException {
		return parse(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
	}

	static JavaFileHeader parse(String head) {
		String code = stripNoise(head);
		Matcher pkg = PACKAGE.matcher(code);
		String packageName = pkg.find() ? pkg.group(1).replaceAll("\\s+", "") : "";
		TestFramework junit = TestFramework.NONE;
		if (JUNIT5.matcher(code).find()) {
			junit = TestFramework.JUNIT5;
		} else if (JUNIT4.matcher(code).find()) {
			junit = TestFramework.JUNIT4;
		}
		return new JavaFileHeader(packageName, junit);
	}

	private static String stripNoise(String head) {
		// A BOM would stop the package pattern, which is anchored at the start.
		String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
		return NOISE.matcher(text).replaceAll(match -> match.group().startsWith("\"") ? "\"\"" : " ");
	}

	/** The package as folder segments, such as {@code com/example/x}; {@code ""} for the default package. */
	String packagePath() {
		return packageName.replace('.', '/');
	}
}
