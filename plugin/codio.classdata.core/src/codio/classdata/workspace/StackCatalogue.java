package codio.classdata.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import codio.classdata.api.StackInfo;

/**
 * The Codio stacks the plugin knows by id: Codio's certified stacks, with the ids Codio (and the emulator's
 * {@code CertifiedStacks}) use. Other stacks, such as an organisation's own, are known only by the UUID the user
 * pastes until {@code GET stacks/{id}} names them ({@link #resolve}).
 */
public final class StackCatalogue {

	private static final Pattern UUID = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
	private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(?:1\\.)?(\\d{1,2})(?![\\d])");

	private static final StackCatalogue CERTIFIED = new StackCatalogue(List.of(
			java("java11", "Java 11", 11),
			java("java17", "Java 17", 17),
			stack("python", "Python", StackLanguage.PYTHON),
			stack("jupyter", "Jupyter", StackLanguage.JUPYTER),
			stack("gpu-jupyter", "GPU Jupyter", StackLanguage.JUPYTER),
			stack("cpp", "C++ and C", StackLanguage.C_CPP),
			stack("csharp", "C#", StackLanguage.CSHARP),
			stack("nodejs", "Node.js", StackLanguage.NODEJS),
			stack("ruby", "Ruby", StackLanguage.RUBY),
			stack("lamp", "LAMP", StackLanguage.PHP),
			stack("erlang", "Erlang", StackLanguage.ERLANG),
			// Jeroo is a Java program and its students write Java-style methods, so the project is configured as a
			// Java one; the stack is maintained next to java17, the newest certified JDK.
			java("jeroo", "Jeroo", 17),
			stack("pencilcode", "Pencil Code", StackLanguage.OTHER),
			stack("empty", "Empty (Ubuntu)", StackLanguage.OTHER),
			stack("empty-2604", "Empty (Ubuntu 26.04)", StackLanguage.OTHER)));

	private final List<CodioStack> stacks;

	private StackCatalogue(List<CodioStack> stacks) {
		this.stacks = List.copyOf(stacks);
	}

	private static CodioStack java(String id, String name, int release) {
		return new CodioStack(id, name, "", StackLanguage.JAVA, release);
	}

	private static CodioStack stack(String id, String name, StackLanguage language) {
		return new CodioStack(id, name, "", language, 0);
	}

	/** Codio's certified stacks. */
	public static StackCatalogue certified() {
		return CERTIFIED;
	}

	/** Every stack, in the order a list shows them (Java first, the empty ones last). */
	public List<CodioStack> stacks() {
		return stacks;
	}

	/** The stack with this id, ignoring case. */
	public Optional<CodioStack> byId(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String wanted = id.strip();
		return stacks.stream().filter(stack -> stack.id().equalsIgnoreCase(wanted)).findFirst();
	}

	/** The stack for a workspace that gives no hint of its language. */
	public CodioStack empty() {
		return byId("empty").orElseThrow();
	}

	/** The certified stack of a language: the newest Java, plain Jupyter (not GPU), LAMP for PHP. */
	public CodioStack forLanguage(StackLanguage language) {
		return switch (language) {
		case JAVA -> byId("java17").orElseThrow();
		case PYTHON -> byId("python").orElseThrow();
		case JUPYTER -> byId("jupyter").orElseThrow();
		case C_CPP -> byId("cpp").orElseThrow();
		case CSHARP -> byId("csharp").orElseThrow();
		case NODEJS -> byId("nodejs").orElseThrow();
		case RUBY -> byId("ruby").orElseThrow();
		case PHP -> byId("lamp").orElseThrow();
		case ERLANG -> byId("erlang").orElseThrow();
		case OTHER -> empty();
		};
	}

	/** The certified Java stack for a Java release: Java 11 up to release 11 (older code runs best there), else 17. */
	public CodioStack forJavaRelease(int release) {
		return byId(release > 0 && release <= 11 ? "java11" : "java17").orElseThrow();
	}

	/**
	 * What a stack id typed or pasted by the user stands for: a known id or name gives that stack; a UUID (alone or
	 * inside a link) gives a stack of unknown language named by its id, until {@link #resolve} names it.
	 *
	 * @return empty for blank text or text that is no stack id
	 */
	public Optional<CodioStack> parseUserEntry(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String entry = text.strip();
		Optional<CodioStack> known = byId(entry)
				.or(() -> stacks.stream().filter(stack -> stack.name().equalsIgnoreCase(entry)).findFirst());
		if (known.isPresent()) {
			return known;
		}
		Matcher uuid = UUID.matcher(entry);
		if (uuid.find()) {
			String id = uuid.group().toLowerCase(Locale.ROOT);
			return Optional.of(new CodioStack(id, id, "", StackLanguage.OTHER, 0));
		}
		return Optional.empty();
	}

	/**
	 * The stack Codio describes in answer to {@code GET stacks/{id}}. A certified id keeps its known language; any
	 * other stack's language is guessed from its name ("Java 11" is Java 11, "Data Science Python" is Python). The
	 * version is the newest published one, named by its date, since an export does not say which one the
	 * workspace ran on.
	 */
	public CodioStack resolve(StackInfo info) {
		Objects.requireNonNull(info, "info");
		String id = info.id() == null ? "" : info.id();
		String name = info.name() == null || info.name().isBlank() ? id : info.name().strip();
		String version = newestVersion(info);
		Optional<CodioStack> known = byId(id);
		if (known.isPresent()) {
			CodioStack stack = known.get();
			return new CodioStack(stack.id(), name, version, stack.language(), stack.javaVersion());
		}
		StackLanguage language = languageOfName(name);
		int javaVersion = language == StackLanguage.JAVA ? javaReleaseOfName(name) : 0;
		return new CodioStack(id, name, version, language, javaVersion);
	}

	private static String newestVersion(StackInfo info) {
		// ISO dates sort as text; the date alone is what a person recognises.
		return info.versions().stream().map(StackInfo.StackVersion::date).filter(Objects::nonNull)
				.max(Comparator.naturalOrder()).map(date -> date.length() >= 10 ? date.substring(0, 10) : date)
				.orElse("");
	}

	static StackLanguage languageOfName(String name) {
		String text = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#.]+", " ") + " ";
		// Order matters: "javascript" holds "java", "jupyter" stacks mention Python, "jeroo" runs Java.
		if (text.contains("jupyter") || text.contains("notebook")) {
			return StackLanguage.JUPYTER;
		}
		if (text.contains("javascript") || text.contains("node") || text.contains("typescript")) {
			return StackLanguage.NODEJS;
		}
		if (text.contains("java") || text.contains("jeroo") || text.contains(" jdk")) {
			return StackLanguage.JAVA;
		}
		if (text.contains("python")) {
			return StackLanguage.PYTHON;
		}
		if (text.contains("c#") || text.contains("csharp") || text.contains(".net") || text.contains("dotnet")) {
			return StackLanguage.CSHARP;
		}
		if (text.contains("c++") || text.contains(" cpp ") || text.contains(" c ") || text.contains(" gcc ")) {
			return StackLanguage.C_CPP;
		}
		if (text.contains("ruby") || text.contains("rails")) {
			return StackLanguage.RUBY;
		}
		if (text.contains("php") || text.contains("lamp")) {
			return StackLanguage.PHP;
		}
		if (text.contains("erlang")) {
			return StackLanguage.ERLANG;
		}
		return StackLanguage.OTHER;
	}

	/** The Java release a Java stack's name states ("Java 11", "JDK 1.8"), else 17, the newest certified one. */
	static int javaReleaseOfName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		int at = Math.max(Math.max(lower.indexOf("java"), lower.indexOf("jdk")), 0);
		Matcher number = NUMBER.matcher(lower.substring(at));
		while (number.find()) {
			int release = Integer.parseInt(number.group(1));
			if (release >= 5 && release <= 40) {
				return release;
			}
		}
		return 17;
	}
}
