package codio.classdata.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.core.ToolFactory;
import org.eclipse.jdt.core.compiler.IScanner;
import org.eclipse.jdt.core.compiler.ITerminalSymbols;
import org.eclipse.jdt.core.compiler.InvalidInputException;

/**
 * A source file as the token stream similarity compares: comments and layout gone, every identifier one token
 * ({@code I}) and every literal another ({@code L}), so renamed variables, changed comments, whitespace and literals
 * leave it unchanged. Java is read by JDT's scanner; Python, C/C++ and JavaScript by a lexer that knows their
 * comments, strings and keywords. Any other text file compares as text: its words, each line's layout and the
 * letters' case ignored (a language we have no lexer for still shows a copy, only without the renaming and literal
 * disguises seen through).
 */
final class SourceTokens {

	/**
	 * One token.
	 *
	 * @param kind the normalised token: a keyword or operator as written, {@code I} or {@code L}
	 * @param line its 1-based line
	 */
	record Token(String kind, int line) {
	}

	private static final Set<String> PYTHON = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
			"break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
			"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
			"with", "yield", "print", "range", "len", "self");
	private static final Set<String> C_FAMILY = Set.of("auto", "break", "case", "char", "const", "continue",
			"default", "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "int", "long",
			"register", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
			"unsigned", "void", "volatile", "while", "class", "public", "private", "protected", "new", "delete",
			"this", "namespace", "using", "template", "typename", "virtual", "bool", "true", "false", "nullptr",
			"include", "define", "std", "cout", "cin", "endl", "function", "var", "let", "of", "in",
			"typeof", "instanceof", "null", "undefined", "async", "await", "export", "import", "from", "try",
			"catch", "finally", "throw", "extends", "super", "yield", "console", "log", "require", "module");
	private static final Pattern GENERIC = Pattern.compile(
			"(?<comment>//[^\\n]*|/\\*.*?\\*/|#[^\\n]*)|(?<string>\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|`(?:\\\\.|[^`\\\\])*`)"
					+ "|(?<number>\\b\\d[\\w.]*)|(?<word>[A-Za-z_$][\\w$]*)|(?<symbol>==|!=|<=|>=|&&|\\|\\||\\+\\+|--|->|::|\\S)",
			Pattern.DOTALL);

	private SourceTokens() {
	}

	/** Whether similarity reads the file as code of a language it knows (by its name) rather than as text. */
	static boolean isCode(String fileName) {
		return language(fileName) != null;
	}

	static List<Token> of(String fileName, String content) {
		String language = language(fileName);
		if ("java".equals(language)) {
			return java(content);
		}
		if (language == null) {
			return text(content);
		}
		return generic(content, language);
	}

	private static String language(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".java")) {
			return "java";
		}
		if (name.endsWith(".py")) {
			return "python";
		}
		for (String extension : List.of(".c", ".h", ".cpp", ".cc", ".hpp", ".cxx", ".js", ".jsx", ".ts", ".tsx",
				".mjs")) {
			if (name.endsWith(extension)) {
				return "c";
			}
		}
		return null;
	}

	private static List<Token> java(String content) {
		IScanner scanner = ToolFactory.createScanner(false, false, true, "17");
		scanner.setSource(content.toCharArray());
		List<Token> tokens = new ArrayList<>();
		try {
			for (int symbol = scanner.getNextToken(); symbol != ITerminalSymbols.TokenNameEOF; symbol = scanner
					.getNextToken()) {
				int line = scanner.getLineNumber(scanner.getCurrentTokenStartPosition());
				tokens.add(new Token(javaKind(symbol, scanner), line));
			}
		} catch (InvalidInputException e) {
			// code that does not scan (an unclosed string, say): what came before it still counts
		}
		return tokens;
	}

	private static String javaKind(int symbol, IScanner scanner) {
		return switch (symbol) {
		case ITerminalSymbols.TokenNameIdentifier -> "I";
		case ITerminalSymbols.TokenNameIntegerLiteral, ITerminalSymbols.TokenNameLongLiteral,
				ITerminalSymbols.TokenNameFloatingPointLiteral, ITerminalSymbols.TokenNameDoubleLiteral,
				ITerminalSymbols.TokenNameCharacterLiteral, ITerminalSymbols.TokenNameStringLiteral,
				ITerminalSymbols.TokenNameTextBlock ->
			"L";
		default -> new String(scanner.getCurrentTokenSource());
		};
	}

	private static List<Token> generic(String content, String language) {
		Set<String> keywords = "python".equals(language) ? PYTHON : C_FAMILY;
		List<Token> tokens = new ArrayList<>();
		int line = 1;
		int counted = 0;
		Matcher matcher = GENERIC.matcher(content);
		while (matcher.find()) {
			for (int i = counted; i < matcher.start(); i++) {
				line += content.charAt(i) == '\n' ? 1 : 0;
			}
			counted = matcher.start();
			if (matcher.group("comment") != null
					&& (!matcher.group("comment").startsWith("#") || "python".equals(language))) {
				continue;
			}
			String kind;
			if (matcher.group("string") != null || matcher.group("number") != null) {
				kind = "L";
			} else if (matcher.group("word") != null) {
				kind = keywords.contains(matcher.group("word")) ? matcher.group("word") : "I";
			} else if (matcher.group("comment") != null) {
				kind = matcher.group("comment"); // # in C is a preprocessor line: keep it as written
			} else {
				kind = matcher.group("symbol");
			}
			tokens.add(new Token(kind, line));
		}
		return tokens;
	}

	/** Text: each word (a run of anything but white space) lower-cased, so layout, line breaks and case do not count. */
	private static List<Token> text(String content) {
		List<Token> tokens = new ArrayList<>();
		int line = 1;
		int start = -1;
		for (int i = 0; i <= content.length(); i++) {
			char c = i < content.length() ? content.charAt(i) : ' ';
			if (Character.isWhitespace(c)) {
				if (start >= 0) {
					tokens.add(new Token(content.substring(start, i).toLowerCase(Locale.ROOT), line));
					start = -1;
				}
				line += c == '\n' ? 1 : 0;
			} else if (start < 0) {
				start = i;
			}
		}
		return tokens;
	}
}
