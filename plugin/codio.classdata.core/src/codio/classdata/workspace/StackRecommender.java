package codio.classdata.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

/**
 * Recommends the Codio stack of a workspace from what an export holds, since the export does not name it. The
 * evidence is weighed strongest first: the {@code .codio} file's debugger targets and Run commands; Maven and
 * Gradle build files; Eclipse's project files; and last the kinds of source files, where the language with the
 * most files wins. The Java release (11 or 17) comes from the strongest file that states one. Files under the
 * teacher's {@code .guides/} are never evidence: they hold the guide's tests, often in another language.
 *
 * <p>
 * GPU Jupyter, Jeroo, Pencil Code and the Ubuntu 26.04 image are never recommended: nothing in a workspace tells
 * them apart from Jupyter, Java or the plain empty stack. The user can still choose them.
 */
public final class StackRecommender {

	private static final String CODIO_FILE = ".codio";
	private static final Map<String, StackLanguage> TOOLS = tools();

	/** What decided the language, and whether its reason already names the Java release. */
	private record Finding(StackLanguage language, String reason, boolean namesRelease) {
	}

	/** A file that states the Java release, in words for a reason of its own and for a clause after another. */
	private record ReleaseEvidence(int release, String sentence, String clause, boolean buildFile) {
	}

	private final StackCatalogue catalogue;

	/** Recommends Codio's certified stacks. */
	public StackRecommender() {
		this(StackCatalogue.certified());
	}

	public StackRecommender(StackCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The stack the workspace most likely ran on; the empty stack when nothing hints at a language. */
	public StackRecommendation recommend(WorkspaceFacts facts) {
		Optional<ReleaseEvidence> release = javaRelease(facts);
		SourceCensus census = SourceCensus.of(facts.files());
		Optional<Finding> finding = fromCodioFile(facts).map(codio -> contradicted(codio, facts, census).orElse(codio))
				.or(() -> fromBuildFiles(facts, release))
				.or(() -> fromEclipseFiles(facts, release))
				.or(() -> fromSources(census));
		if (finding.isEmpty()) {
			return new StackRecommendation(catalogue.empty(), WorkspaceText.StackRecommender_noCode);
		}
		Finding found = finding.get();
		String reason = found.reason();
		CodioStack stack;
		if (found.language() == StackLanguage.JAVA) {
			stack = catalogue.forJavaRelease(release.map(ReleaseEvidence::release).orElse(0));
			if (!found.namesRelease() && release.isPresent()) {
				reason = NLS.bind(WorkspaceText.StackRecommender_andClause, reason, release.get().clause());
			}
		} else if (found.language() == StackLanguage.PYTHON && census.count(StackLanguage.JUPYTER) > 0) {
			// A Jupyter class's .codio runs Python; its notebooks are what need the Jupyter stack.
			stack = catalogue.forLanguage(StackLanguage.JUPYTER);
			reason = NLS.bind(WorkspaceText.StackRecommender_andNotebooks, reason);
		} else {
			stack = catalogue.forLanguage(found.language());
		}
		return new StackRecommendation(stack, reason);
	}

	/**
	 * The folder holding the workspace's Java code according to its {@code .codio} commands
	 * ({@link CodioProjectFile#javaSourceFolder}), such as {@code code}, when some file of the workspace is in
	 * it: the source folder to give the imported Java project.
	 */
	public static Optional<String> javaSourceFolderHint(WorkspaceFacts facts) {
		return codioFile(facts).flatMap(CodioProjectFile::javaSourceFolder)
				.filter(folder -> facts.files().stream().anyMatch(file -> file.startsWith(folder + "/")));
	}

	private static Optional<CodioProjectFile> codioFile(WorkspaceFacts facts) {
		return hintPaths(facts, CODIO_FILE).stream().map(path -> CodioProjectFile.parse(facts.hintTexts().get(path)))
				.filter(file -> !file.isEmpty()).findFirst();
	}

	private Optional<Finding> fromCodioFile(WorkspaceFacts facts) {
		Optional<CodioProjectFile> file = codioFile(facts);
		if (file.isEmpty()) {
			return Optional.empty();
		}
		for (String type : file.get().debuggerTypes()) {
			Optional<StackLanguage> language = debuggerLanguage(type);
			if (language.isPresent()) {
				return Optional.of(new Finding(language.get(),
						NLS.bind(WorkspaceText.StackRecommender_debuggerType, type), false));
			}
		}
		// Without a known debugger, the Run commands' tools vote; on a tie the first button wins.
		Map<StackLanguage, Integer> votes = new LinkedHashMap<>();
		Map<StackLanguage, String> firstUse = new LinkedHashMap<>();
		file.get().commands().forEach((button, command) -> commandTool(command).ifPresent(tool -> {
			StackLanguage language = TOOLS.get(tool);
			votes.merge(language, 1, Integer::sum);
			firstUse.putIfAbsent(language, NLS.bind(WorkspaceText.StackRecommender_command, button, tool));
		}));
		return votes.entrySet().stream().max(Map.Entry.comparingByValue())
				.map(winner -> new Finding(winner.getKey(), firstUse.get(winner.getKey()), false));
	}

	/**
	 * Many workspaces keep their template's default {@code .codio}: a Node.js workspace may carry the Java one. When
	 * the {@code .codio} names a language of which the workspace has no source file, and the content clearly points
	 * to another (a {@code package.json}, or at least two source files of one language), the content decides, and
	 * the reason names both.
	 */
	private static Optional<Finding> contradicted(Finding codio, WorkspaceFacts facts, SourceCensus census) {
		StackLanguage named = codio.language() == StackLanguage.JUPYTER ? StackLanguage.PYTHON : codio.language();
		if (named == StackLanguage.OTHER || census.familyCount(named) > 0) {
			return Optional.empty();
		}
		Optional<StackLanguage> leader = census.leadingFamily();
		if (leader.isEmpty() || leader.get() == named) {
			return Optional.empty();
		}
		StackLanguage content = leader.get();
		List<String> sources = facts.files().stream()
				.filter(path -> SourceCensus.languageOf(path).filter(language -> language == content
						|| content == StackLanguage.PYTHON && language == StackLanguage.JUPYTER).isPresent())
				.toList();
		boolean manifest = content == StackLanguage.NODEJS
				&& sources.stream().anyMatch(path -> path.equals("package.json") || path.endsWith("/package.json"));
		List<String> code = sources.stream().filter(path -> !path.endsWith("package.json")).toList();
		if (!manifest && code.size() < 2) {
			return Optional.empty();
		}
		Map<String, Long> byExtension = code.stream().collect(Collectors.groupingBy(StackRecommender::extension,
				LinkedHashMap::new, Collectors.counting()));
		String extension = byExtension.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
				.orElse("");
		String files = NLS.bind(byExtension.getOrDefault(extension, 0L) == 1 ? WorkspaceText.StackRecommender_oneExtension
				: WorkspaceText.StackRecommender_extensions, byExtension.getOrDefault(extension, 0L), extension);
		String found = !manifest ? files
				: code.isEmpty() ? "package.json" : NLS.bind(WorkspaceText.StackRecommender_manifestAnd, "package.json", files);
		StackLanguage stackLanguage = content == StackLanguage.PYTHON && census.count(StackLanguage.JUPYTER) > 0
				? StackLanguage.JUPYTER : content;
		return Optional.of(new Finding(stackLanguage, NLS.bind(WorkspaceText.StackRecommender_codioContradicted,
				new Object[] { found, label(named), primaryExtension(named) }), false));
	}

	private static String extension(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(dot).toLowerCase(Locale.ROOT);
	}

	/** The file a language's code is mostly in, for "no .java file exists". */
	private static String primaryExtension(StackLanguage language) {
		return switch (language) {
		case JAVA -> ".java";
		case PYTHON, JUPYTER -> ".py";
		case C_CPP -> ".c or .cpp";
		case CSHARP -> ".cs";
		case NODEJS -> ".js";
		case RUBY -> ".rb";
		case PHP -> ".php";
		case ERLANG -> ".erl";
		case OTHER -> "source";
		};
	}

	private static Optional<StackLanguage> debuggerLanguage(String type) {
		String key = type.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9+#]", "");
		if (key.startsWith("JAVASCRIPT") || key.startsWith("NODE") || key.equals("JS") || key.equals("CHROME")) {
			return Optional.of(StackLanguage.NODEJS);
		}
		if (key.startsWith("JAVA")) {
			return Optional.of(StackLanguage.JAVA);
		}
		if (key.startsWith("PYTHON")) {
			return Optional.of(StackLanguage.PYTHON);
		}
		return switch (key) {
		case "GDB", "LLDB", "C", "CPP", "C++", "CC" -> Optional.of(StackLanguage.C_CPP);
		case "JUPYTER" -> Optional.of(StackLanguage.JUPYTER);
		case "CSHARP", "C#", "DOTNET", "NETCORE", "MONO" -> Optional.of(StackLanguage.CSHARP);
		case "RUBY" -> Optional.of(StackLanguage.RUBY);
		case "PHP", "XDEBUG" -> Optional.of(StackLanguage.PHP);
		case "ERLANG" -> Optional.of(StackLanguage.ERLANG);
		default -> Optional.empty();
		};
	}

	/** The first known tool a command runs, such as {@code javac} in {@code cd code && javac Main.java}. */
	private static Optional<String> commandTool(String command) {
		for (List<String> segment : CodioProjectFile.segments(command)) {
			String program = segment.get(0);
			String tool = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
			if (TOOLS.containsKey(tool)) {
				return Optional.of(tool);
			}
		}
		return Optional.empty();
	}

	private Optional<Finding> fromBuildFiles(WorkspaceFacts facts, Optional<ReleaseEvidence> release) {
		if (release.isPresent() && release.get().buildFile()) {
			return Optional.of(new Finding(StackLanguage.JAVA, release.get().sentence(), true));
		}
		return buildFiles(facts).stream().findFirst()
				.map(path -> new Finding(StackLanguage.JAVA,
						NLS.bind(WorkspaceText.StackRecommender_buildFileWithoutRelease, path), false));
	}

	private Optional<Finding> fromEclipseFiles(WorkspaceFacts facts, Optional<ReleaseEvidence> release) {
		if (release.isPresent()) {
			return Optional.of(new Finding(StackLanguage.JAVA, release.get().sentence(), true));
		}
		if (hintPaths(facts, ".project").stream()
				.anyMatch(path -> facts.hintTexts().get(path).contains("org.eclipse.jdt.core.javanature"))) {
			return Optional.of(new Finding(StackLanguage.JAVA, WorkspaceText.StackRecommender_javaNature, false));
		}
		if (!paths(facts.files(), ".codioJUnit").isEmpty()) {
			return Optional.of(new Finding(StackLanguage.JAVA, WorkspaceText.StackRecommender_codioJUnit, false));
		}
		return Optional.empty();
	}

	private static Optional<Finding> fromSources(SourceCensus census) {
		Optional<StackLanguage> leader = census.leadingFamily();
		if (leader.isEmpty()) {
			return Optional.empty();
		}
		StackLanguage family = leader.get();
		int count = census.familyCount(family);
		StackLanguage language = family == StackLanguage.PYTHON && census.count(StackLanguage.JUPYTER) > 0
				? StackLanguage.JUPYTER : family;
		if (count == census.total()) {
			return Optional.of(new Finding(language,
					NLS.bind(WorkspaceText.StackRecommender_found, describe(family, census)), false));
		}
		List<String> others = new ArrayList<>();
		for (StackLanguage other : StackLanguage.values()) {
			if (other != family && other != StackLanguage.JUPYTER && census.familyCount(other) > 0) {
				others.add(NLS.bind(WorkspaceText.StackRecommender_languageCount, census.familyCount(other),
						label(other)));
			}
		}
		return Optional.of(new Finding(language, NLS.bind(WorkspaceText.StackRecommender_mixed,
				new Object[] { label(family), count, census.total(), String.join(", ", others) }), false));
	}

	private static String describe(StackLanguage family, SourceCensus census) {
		if (family != StackLanguage.PYTHON) {
			return files(census.count(family), label(family));
		}
		int python = census.count(StackLanguage.PYTHON);
		int notebooks = census.count(StackLanguage.JUPYTER);
		String notebookText = NLS.bind(notebooks == 1 ? WorkspaceText.StackRecommender_oneNotebook
				: WorkspaceText.StackRecommender_notebooks, notebooks);
		if (python == 0) {
			return notebookText;
		}
		String pythonText = files(python, label(StackLanguage.PYTHON));
		return notebooks == 0 ? pythonText
				: NLS.bind(WorkspaceText.StackRecommender_filesAndNotebooks, pythonText, notebookText);
	}

	/** {@code 1 Java file}, {@code 3 Java files}. */
	private static String files(int count, String language) {
		return NLS.bind(count == 1 ? WorkspaceText.StackRecommender_oneFile : WorkspaceText.StackRecommender_files,
				count, language);
	}

	private static String label(StackLanguage language) {
		return switch (language) {
		case JAVA -> "Java";
		case PYTHON -> "Python";
		case JUPYTER -> "Jupyter";
		case C_CPP -> "C/C++";
		case CSHARP -> "C#";
		case NODEJS -> "Node.js";
		case RUBY -> "Ruby";
		case PHP -> "PHP";
		case ERLANG -> "Erlang";
		case OTHER -> WorkspaceText.StackRecommender_otherLanguage;
		};
	}

	/** The strongest statement of a Java release: Maven, Gradle, then Eclipse's JDT settings and class path. */
	private static Optional<ReleaseEvidence> javaRelease(WorkspaceFacts facts) {
		for (String path : buildFiles(facts)) {
			OptionalInt release = path.endsWith("pom.xml") ? JavaReleaseHints.fromPom(facts.hintTexts().get(path))
					: JavaReleaseHints.fromGradle(facts.hintTexts().get(path));
			if (release.isPresent()) {
				int number = release.getAsInt();
				return Optional.of(new ReleaseEvidence(number,
						NLS.bind(WorkspaceText.StackRecommender_buildFileRelease, path, number),
						NLS.bind(WorkspaceText.StackRecommender_buildFileReleaseClause, path, number), true));
			}
		}
		for (String path : hintPaths(facts, "org.eclipse.jdt.core.prefs")) {
			OptionalInt release = JavaReleaseHints.fromJdtPrefs(facts.hintTexts().get(path));
			if (release.isPresent()) {
				int number = release.getAsInt();
				return Optional.of(new ReleaseEvidence(number,
						NLS.bind(WorkspaceText.StackRecommender_jdtCompliance, number),
						NLS.bind(WorkspaceText.StackRecommender_jdtComplianceClause, number), false));
			}
		}
		for (String path : hintPaths(facts, ".classpath")) {
			OptionalInt release = JavaReleaseHints.fromClasspath(facts.hintTexts().get(path));
			if (release.isPresent()) {
				int number = release.getAsInt();
				return Optional.of(new ReleaseEvidence(number,
						NLS.bind(WorkspaceText.StackRecommender_classpathRelease, number),
						NLS.bind(WorkspaceText.StackRecommender_classpathReleaseClause, number), false));
			}
		}
		return Optional.empty();
	}

	/** Maven and Gradle files with content, shallowest first, Maven before Gradle in one folder. */
	private static List<String> buildFiles(WorkspaceFacts facts) {
		List<String> files = new ArrayList<>();
		for (String name : List.of("pom.xml", "build.gradle.kts", "build.gradle")) {
			files.addAll(hintPaths(facts, name));
		}
		files.sort(Comparator.comparingInt(StackRecommender::depth));
		return files;
	}

	/** The hint files of a name, outside the guides and generated folders, shallowest first. */
	private static List<String> hintPaths(WorkspaceFacts facts, String name) {
		return paths(facts.hintTexts().keySet(), name);
	}

	private static List<String> paths(Collection<String> all, String name) {
		return all.stream().filter(path -> path.equals(name) || path.endsWith("/" + name))
				.filter(path -> !SourceCensus.isInGuidesOrGeneratedFolder(path))
				.sorted(Comparator.comparingInt(StackRecommender::depth).thenComparing(Function.identity()))
				.collect(Collectors.toList());
	}

	private static int depth(String path) {
		return (int) path.chars().filter(c -> c == '/').count();
	}

	private static Map<String, StackLanguage> tools() {
		Map<String, StackLanguage> tools = new LinkedHashMap<>();
		put(tools, StackLanguage.JAVA, "java", "javac", "jshell", "mvn", "mvnw", "gradle", "gradlew");
		put(tools, StackLanguage.PYTHON, "python", "python3", "python2", "pip", "pip3", "pytest", "py");
		put(tools, StackLanguage.JUPYTER, "jupyter", "jupyter-notebook", "jupyter-lab");
		put(tools, StackLanguage.C_CPP, "gcc", "g++", "cc", "c++", "clang", "clang++", "make", "cmake", "gdb");
		put(tools, StackLanguage.NODEJS, "node", "nodejs", "npm", "npx", "yarn", "nodemon");
		put(tools, StackLanguage.RUBY, "ruby", "rake", "bundle", "rspec", "rails", "irb");
		put(tools, StackLanguage.PHP, "php");
		put(tools, StackLanguage.CSHARP, "dotnet", "mcs", "csc", "mono");
		put(tools, StackLanguage.ERLANG, "erl", "erlc", "rebar3", "escript");
		return Map.copyOf(tools);
	}

	private static void put(Map<String, StackLanguage> tools, StackLanguage language, String... names) {
		for (String name : names) {
			tools.put(name, language);
		}
	}
}
