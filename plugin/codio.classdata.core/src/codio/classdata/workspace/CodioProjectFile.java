package codio.classdata.workspace;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * What a workspace's {@code .codio} file says: the commands of its Run button and the types of its debugger
 * targets. The file is JSON with {@code //} and {@code /* *}{@code /} comments, written by hand, so it is read
 * leniently and a file that cannot be read gives an empty result rather than an error.
 *
 * <p>
 * It also knows where the Java code lives when a Java command says so ({@link #javaSourceFolder}): Codio workspaces
 * often keep their code in a folder such as {@code code/} that the commands name, and the imported project should
 * use it as its source folder.
 *
 * @param commands      the Run button commands by name, in file order
 * @param debuggerTypes the debugger targets' types as written, such as {@code JAVA}, {@code PYTHON3} or
 *                      {@code GDB}
 */
public record CodioProjectFile(Map<String, String> commands, List<String> debuggerTypes) {

	/** Where Codio keeps a workspace; commands may name folders from there or from the home folder. */
	private static final List<String> WORKSPACE_PREFIXES = List.of("/home/codio/workspace/", "~/workspace/",
			"$HOME/workspace/", "${HOME}/workspace/", "./");
	private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("&&|\\|\\||[;|\\n]");
	private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");
	private static final Set<String> WRAPPERS = Set.of("sudo", "env", "time", "exec", "nice");
	private static final Set<String> CLASSPATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");

	public CodioProjectFile {
		// Keeps the file's order, which is the order of the buttons.
		commands = Collections.unmodifiableMap(new LinkedHashMap<>(commands));
		debuggerTypes = List.copyOf(debuggerTypes);
	}

	/** A file that says nothing. */
	public static CodioProjectFile empty() {
		return new CodioProjectFile(Map.of(), List.of());
	}

	/** Reads a {@code .codio} file's text; malformed or unexpected content gives what could be read, or nothing. */
	public static CodioProjectFile parse(String text) {
		if (text == null || text.isBlank()) {
			return empty();
		}
		// Hand edits often leave a comma before a closing brace, which even lenient Gson refuses.
		Optional<JsonObject> root = jsonObject(text).or(() -> jsonObject(withoutTrailingCommas(text)));
		if (root.isEmpty()) {
			return empty();
		}
		JsonObject file = root.get();
		Map<String, String> commands = new LinkedHashMap<>();
		if (file.get("commands") instanceof JsonObject buttons) {
			for (Map.Entry<String, JsonElement> button : buttons.entrySet()) {
				text(button.getValue()).ifPresent(command -> commands.put(button.getKey(), command));
			}
		}
		List<String> types = new ArrayList<>();
		// Codio writes a list of targets; a single target object is accepted too.
		JsonElement debugger = file.get("debugger");
		if (debugger instanceof JsonArray targets) {
			for (JsonElement target : targets) {
				debuggerType(target).ifPresent(types::add);
			}
		} else {
			debuggerType(debugger).ifPresent(types::add);
		}
		return new CodioProjectFile(commands, types);
	}

	private static Optional<JsonObject> jsonObject(String text) {
		try {
			JsonReader reader = new JsonReader(new StringReader(text));
			// Lenient: the file has comments.
			reader.setStrictness(Strictness.LENIENT);
			JsonElement root = JsonParser.parseReader(reader);
			return root.isJsonObject() ? Optional.of(root.getAsJsonObject()) : Optional.empty();
		} catch (JsonParseException e) {
			return Optional.empty();
		}
	}

	/** The text without commas that only precede a closing brace or bracket; strings and comments are kept. */
	static String withoutTrailingCommas(String text) {
		StringBuilder result = new StringBuilder(text.length());
		int pendingComma = -1;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			boolean comment = text.startsWith("//", i) || text.startsWith("/*", i) || c == '#';
			int end = i + 1;
			if (c == '"' || c == '\'') {
				while (end < text.length() && text.charAt(end) != c) {
					end += text.charAt(end) == '\\' ? 2 : 1;
				}
				end = Math.min(end + 1, text.length());
			} else if (comment) {
				boolean block = text.startsWith("/*", i);
				end = block ? text.indexOf("*/", i + 2) : text.indexOf('\n', i);
				end = end < 0 ? text.length() : block ? end + 2 : end;
			} else if ((c == '}' || c == ']') && pendingComma >= 0) {
				result.deleteCharAt(pendingComma);
			}
			if (c == ',') {
				pendingComma = result.length();
			} else if (!comment && !Character.isWhitespace(c)) {
				pendingComma = -1;
			}
			result.append(text, i, end);
			i = end;
		}
		return result.toString();
	}

	private static Optional<String> debuggerType(JsonElement target) {
		return target instanceof JsonObject object ? text(object.get("type")) : Optional.empty();
	}

	private static Optional<String> text(JsonElement element) {
		if (element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
			String text = element.getAsString().strip();
			return text.isEmpty() ? Optional.empty() : Optional.of(text);
		}
		return Optional.empty();
	}

	/**
	 * A Java program a command runs: its main class and its arguments.
	 *
	 * @param mainClass the fully qualified main class, such as {@code com.example.totals.Main}
	 * @param arguments what follows the class on the command line, as written
	 */
	public record JavaProgram(String mainClass, List<String> arguments) {

		public JavaProgram {
			arguments = List.copyOf(arguments);
		}
	}

	private static final Pattern QUALIFIED_NAME = Pattern
			.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
	private static final Set<String> JAVA_OPTIONS_WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p",
			"--module-path", "--add-modules", "--add-opens", "--add-exports");

	/**
	 * The Java program a command runs with {@code java [options] MainClass [arguments]} (its last such step, after
	 * any {@code javac}); empty for other commands, {@code java -jar}, and single-file source launches.
	 */
	public static Optional<JavaProgram> javaProgram(String command) {
		List<List<String>> segments = segments(command);
		for (int s = segments.size() - 1; s >= 0; s--) {
			List<String> tokens = segments.get(s);
			String program = tokens.get(0).substring(tokens.get(0).lastIndexOf('/') + 1);
			if (!program.equals("java")) {
				continue;
			}
			for (int i = 1; i < tokens.size(); i++) {
				String token = tokens.get(i);
				if (token.equals("-jar") || token.equals("--source")) {
					return Optional.empty();
				}
				if (JAVA_OPTIONS_WITH_VALUE.contains(token)) {
					i++;
				} else if (!token.startsWith("-")) {
					return QUALIFIED_NAME.matcher(token).matches() && !token.endsWith(".java")
							? Optional.of(new JavaProgram(token, tokens.subList(i + 1, tokens.size())))
							: Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the file names neither commands nor debugger targets. */
	public boolean isEmpty() {
		return commands.isEmpty() && debuggerTypes.isEmpty();
	}

	/**
	 * The folder, relative to the workspace, that holds the Java code according to the first Java command that
	 * names one: {@code javac -sourcepath X}, else {@code cd X &&} before a Java command, else a class path
	 * folder of {@code javac}/{@code java -cp X} that is not the {@code -d} output folder. Folders outside the
	 * workspace or built from variables are not hints.
	 */
	public Optional<String> javaSourceFolder() {
		for (String command : commands.values()) {
			Optional<String> folder = javaSourceFolder(command);
			if (folder.isPresent()) {
				return folder;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> javaSourceFolder(String command) {
		List<List<String>> segments = segments(command);
		if (segments.stream().noneMatch(CodioProjectFile::isJavaTool)) {
			return Optional.empty();
		}
		List<String> outputs = new ArrayList<>();
		List<String> sourcePaths = new ArrayList<>();
		List<String> classPaths = new ArrayList<>();
		String changedTo = null;
		for (List<String> tokens : segments) {
			if (tokens.get(0).equals("cd") && tokens.size() > 1 && changedTo == null) {
				changedTo = tokens.get(1);
			}
			if (!isJavaTool(tokens)) {
				continue;
			}
			for (int i = 1; i + 1 < tokens.size(); i++) {
				String option = tokens.get(i);
				String value = tokens.get(i + 1);
				if (option.equals("-d")) {
					outputs.add(value);
				} else if (option.equals("-sourcepath") || option.equals("--source-path")) {
					sourcePaths.add(value);
				} else if (CLASSPATH_OPTIONS.contains(option)) {
					classPaths.add(value);
				}
			}
		}
		Optional<String> found = firstFolder(sourcePaths, outputs);
		if (found.isEmpty() && changedTo != null) {
			found = workspaceFolder(changedTo);
		}
		return found.isPresent() ? found : firstFolder(classPaths, outputs);
	}

	/**
	 * A shell command's simple commands ({@code a && b; c | d}), each as its words, the program first: wrappers
	 * such as {@code sudo} and variable settings before it are dropped.
	 */
	static List<List<String>> segments(String command) {
		List<List<String>> segments = new ArrayList<>();
		for (String segment : SEGMENT_SEPARATOR.split(command)) {
			List<String> tokens = tokens(segment);
			while (!tokens.isEmpty() && (WRAPPERS.contains(tokens.get(0)) || tokens.get(0).contains("="))) {
				tokens.remove(0);
			}
			if (!tokens.isEmpty()) {
				segments.add(tokens);
			}
		}
		return segments;
	}

	private static boolean isJavaTool(List<String> tokens) {
		String tool = tokens.get(0).substring(tokens.get(0).lastIndexOf('/') + 1);
		return tool.equals("javac") || tool.equals("java");
	}

	/** The first folder of path lists ({@code a:b}) that is in the workspace and no output folder. */
	private static Optional<String> firstFolder(List<String> pathLists, List<String> outputs) {
		List<String> outputFolders = outputs.stream().map(CodioProjectFile::workspaceFolder)
				.flatMap(Optional::stream).toList();
		for (String pathList : pathLists) {
			for (String entry : pathList.split("[:;]")) {
				Optional<String> folder = workspaceFolder(entry).filter(path -> !outputFolders.contains(path))
						.filter(path -> !path.toLowerCase(Locale.ROOT).endsWith(".jar") && !path.endsWith("*"));
				if (folder.isPresent()) {
					return folder;
				}
			}
		}
		return Optional.empty();
	}

	/** A path as a folder relative to the workspace, or empty for the workspace itself, variables, or outside. */
	private static Optional<String> workspaceFolder(String path) {
		String folder = path.strip();
		boolean stripped;
		do {
			stripped = false;
			for (String prefix : WORKSPACE_PREFIXES) {
				if (folder.startsWith(prefix)) {
					folder = folder.substring(prefix.length());
					stripped = true;
				}
			}
		} while (stripped);
		while (folder.endsWith("/")) {
			folder = folder.substring(0, folder.length() - 1);
		}
		if (folder.isEmpty() || folder.equals(".") || folder.startsWith("/") || folder.startsWith("~")
				|| folder.contains("$") || folder.contains("{{") || folder.contains("..")) {
			return Optional.empty();
		}
		return Optional.of(folder);
	}

	private static List<String> tokens(String segment) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(segment);
		while (matcher.find()) {
			tokens.add(matcher.group(1) != null ? matcher.group(1)
					: matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
		}
		return tokens;
	}
}
