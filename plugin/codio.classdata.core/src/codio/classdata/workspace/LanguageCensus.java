package codio.classdata.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts a workspace's source files by programming language, for the import wizard's Languages column. The teacher's
 * material under {@code .guides/} is not the student's work and is not counted.
 */
final class LanguageCensus {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("java", "Java"),
			Map.entry("py", "Python"), Map.entry("ipynb", "Jupyter"), Map.entry("c", "C"), Map.entry("h", "C"),
			Map.entry("cpp", "C++"), Map.entry("cc", "C++"), Map.entry("hpp", "C++"), Map.entry("cs", "C#"),
			Map.entry("js", "JavaScript"), Map.entry("mjs", "JavaScript"), Map.entry("ts", "TypeScript"),
			Map.entry("rb", "Ruby"), Map.entry("php", "PHP"), Map.entry("erl", "Erlang"),
			Map.entry("html", "HTML"), Map.entry("sql", "SQL"), Map.entry("sh", "Shell"),
			Map.entry("kt", "Kotlin"), Map.entry("go", "Go"), Map.entry("rs", "Rust"), Map.entry("r", "R"));

	private LanguageCensus() {
	}

	/** The languages of the files, most files first; ties in name order. */
	static List<String> of(Collection<String> relativePaths) {
		Map<String, Integer> counts = new HashMap<>();
		for (String path : relativePaths) {
			if (path.startsWith(".guides/")) {
				continue;
			}
			String name = path.substring(path.lastIndexOf('/') + 1);
			int dot = name.lastIndexOf('.');
			if (dot > 0) {
				String language = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
				if (language != null) {
					counts.merge(language, 1, Integer::sum);
				}
			}
		}
		List<String> languages = new ArrayList<>(counts.keySet());
		languages.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b)
				: Integer.compare(counts.get(b), counts.get(a)));
		return languages;
	}
}
