package codio.classdata.workspace;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many of a workspace's files belong to each language, by name and extension. Files in hidden folders (the
 * teacher's {@code .guides/}, {@code .git/}, editor settings), in dependency folders and in build output are not
 * the student's code and are not counted.
 *
 * @param counts files per language; notebooks count as {@link StackLanguage#JUPYTER}, Python files as
 *               {@link StackLanguage#PYTHON}
 */
record SourceCensus(Map<StackLanguage, Integer> counts) {

	private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "__pycache__", "venv",
			"site-packages", "target", "build", "out", "bin", "obj");
	private static final Map<String, StackLanguage> BY_NAME = Map.of("makefile", StackLanguage.C_CPP,
			"gnumakefile", StackLanguage.C_CPP, "cmakelists.txt", StackLanguage.C_CPP, "package.json",
			StackLanguage.NODEJS, "gemfile", StackLanguage.RUBY, "rakefile", StackLanguage.RUBY);
	private static final Map<String, StackLanguage> BY_EXTENSION = Map.ofEntries(
			Map.entry("java", StackLanguage.JAVA),
			Map.entry("ipynb", StackLanguage.JUPYTER),
			Map.entry("py", StackLanguage.PYTHON),
			Map.entry("c", StackLanguage.C_CPP), Map.entry("cpp", StackLanguage.C_CPP),
			Map.entry("cc", StackLanguage.C_CPP), Map.entry("cxx", StackLanguage.C_CPP),
			Map.entry("h", StackLanguage.C_CPP), Map.entry("hpp", StackLanguage.C_CPP),
			Map.entry("cs", StackLanguage.CSHARP), Map.entry("csproj", StackLanguage.CSHARP),
			Map.entry("sln", StackLanguage.CSHARP),
			Map.entry("js", StackLanguage.NODEJS), Map.entry("mjs", StackLanguage.NODEJS),
			Map.entry("cjs", StackLanguage.NODEJS), Map.entry("ts", StackLanguage.NODEJS),
			Map.entry("jsx", StackLanguage.NODEJS), Map.entry("tsx", StackLanguage.NODEJS),
			Map.entry("rb", StackLanguage.RUBY),
			Map.entry("php", StackLanguage.PHP),
			Map.entry("erl", StackLanguage.ERLANG), Map.entry("hrl", StackLanguage.ERLANG));

	SourceCensus {
		counts = Map.copyOf(counts);
	}

	static SourceCensus of(List<String> files) {
		Map<StackLanguage, Integer> counts = new EnumMap<>(StackLanguage.class);
		for (String file : files) {
			languageOf(file).ifPresent(language -> counts.merge(language, 1, Integer::sum));
		}
		return new SourceCensus(counts);
	}

	/** The language a file is code of, if it is the student's code at all. */
	static Optional<StackLanguage> languageOf(String path) {
		String[] segments = path.split("/");
		for (int i = 0; i < segments.length - 1; i++) {
			if (segments[i].startsWith(".") || SKIPPED_FOLDERS.contains(segments[i])) {
				return Optional.empty();
			}
		}
		String name = segments[segments.length - 1].toLowerCase(Locale.ROOT);
		StackLanguage language = BY_NAME.get(name);
		int dot = name.lastIndexOf('.');
		if (language == null && dot > 0) {
			language = BY_EXTENSION.get(name.substring(dot + 1));
		}
		return Optional.ofNullable(language);
	}

	/**
	 * Whether a file is in the teacher's {@code .guides/} or in a dependency or build output folder, where even
	 * build and Eclipse files are not the student's.
	 */
	static boolean isInGuidesOrGeneratedFolder(String path) {
		String[] segments = path.split("/");
		for (int i = 0; i < segments.length - 1; i++) {
			if (segments[i].equals(".guides") || SKIPPED_FOLDERS.contains(segments[i])) {
				return true;
			}
		}
		return false;
	}

	int count(StackLanguage language) {
		return counts.getOrDefault(language, 0);
	}

	/** Files of a language's family: notebooks are Python too. */
	int familyCount(StackLanguage language) {
		return language == StackLanguage.PYTHON ? count(StackLanguage.PYTHON) + count(StackLanguage.JUPYTER)
				: count(language);
	}

	int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The family with the most files, notebooks counted with Python; on a tie the one listed first in
	 * {@link StackLanguage}, so the answer never depends on map order.
	 */
	Optional<StackLanguage> leadingFamily() {
		StackLanguage leader = null;
		for (StackLanguage language : StackLanguage.values()) {
			if (language != StackLanguage.JUPYTER && familyCount(language) > 0
					&& (leader == null || familyCount(language) > familyCount(leader))) {
				leader = language;
			}
		}
		return Optional.ofNullable(leader);
	}
}
