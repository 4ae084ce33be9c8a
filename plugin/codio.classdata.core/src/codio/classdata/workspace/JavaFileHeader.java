package codio.classdata.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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

	/** Reads the head of a source file; the stream is left for the caller to close. */
	static JavaFileHeader read(InputStream in) throws IOException {
		return parse(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
	}

	/**
	 * Scans the compilation unit's head — comments, annotations, the package clause, imports — and stops at the
	 * first other token (the type declaration). A small scanner rather than regular expressions: it runs for every
	 * source file of every imported workspace.
	 */
	static JavaFileHeader parse(String head) {
		HeaderScanner scanner = new HeaderScanner(head);
		String packageName = "";
		TestFramework junit = TestFramework.NONE;
		for (String word = scanner.nextWord(); word != null; word = scanner.nextWord()) {
			if (word.equals("package")) {
				packageName = scanner.untilSemicolon();
			} else if (word.equals("import")) {
				String imported = scanner.untilSemicolon();
				imported = imported.startsWith("static") ? imported.substring("static".length()) : imported;
				if (imported.startsWith("org.junit.jupiter.") || imported.startsWith("org.junit.platform.")) {
					junit = TestFramework.JUNIT5;
				} else if (junit == TestFramework.NONE
						&& (imported.startsWith("org.junit.") || imported.startsWith("junit.framework."))) {
					junit = TestFramework.JUNIT4;
				}
			} else {
				break;
			}
		}
		return new JavaFileHeader(packageName, junit);
	}

	/** Words of a Java file's head, skipping white space, comments and annotations. */
	private static final class HeaderScanner {
		private final String text;
		private int at;

		HeaderScanner(String text) {
			this.text = text;
			this.at = text.startsWith("\uFEFF") ? 1 : 0;
		}

		/** The next word (a keyword or identifier), or null at the end or at anything else. */
		String nextWord() {
			while (true) {
				skipSpaceAndComments();
				if (at < text.length() && text.charAt(at) == '@') {
					skipAnnotation();
					continue;
				}
				int start = at;
				while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
					at++;
				}
				return at > start ? text.substring(start, at) : null;
			}
		}

		/** The text up to the next {@code ;}, without white space and comments; "" when there is none. */
		String untilSemicolon() {
			StringBuilder name = new StringBuilder();
			while (true) {
				skipSpaceAndComments();
				if (at >= text.length()) {
					return "";
				}
				char c = text.charAt(at++);
				if (c == ';') {
					return name.toString();
				}
				name.append(c);
			}
		}

		private void skipAnnotation() {
			at++;
			skipQualifiedName();
			skipSpaceAndComments();
			if (at < text.length() && text.charAt(at) == '(') {
				int depth = 0;
				while (at < text.length()) {
					char c = text.charAt(at++);
					if (c == '"') {
						skipString();
					} else if (c == '(') {
						depth++;
					} else if (c == ')' && --depth == 0) {
						return;
					}
				}
			}
		}

		/** Skips a qualified name ({@code a.b.C}). */
		private void skipQualifiedName() {
			while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
				at++;
			}
		}

		private void skipString() {
			while (at < text.length()) {
				char c = text.charAt(at++);
				if (c == '\\') {
					at++;
				} else if (c == '"' || c == '\n') {
					return;
				}
			}
		}

		private void skipSpaceAndComments() {
			while (at < text.length()) {
				char c = text.charAt(at);
				if (Character.isWhitespace(c)) {
					at++;
				} else if (text.startsWith("//", at)) {
					int end = text.indexOf('\n', at);
					at = end < 0 ? text.length() : end + 1;
				} else if (text.startsWith("/*", at)) {
					int end = text.indexOf("*/", at + 2);
					at = end < 0 ? text.length() : end + 2;
				} else {
					return;
				}
			}
		}
	}

	/** The package as folder segments, such as {@code com/example/x}; {@code ""} for the default package. */
	String packagePath() {
		return packageName.replace('.', '/');
	}
}
