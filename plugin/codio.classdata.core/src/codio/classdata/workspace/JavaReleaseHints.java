package codio.classdata.workspace;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Java release a build or Eclipse file asks for. Read with patterns, not parsers: the files may be
 * half-edited, and only a version number is wanted. Each method gives empty when the file states no release.
 */
final class JavaReleaseHints {

	private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
	private static final Pattern CODE_COMMENT = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//[^\\n]*", Pattern.DOTALL);
	private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([\\w.-]+)}");
	/** In order of strength: what the compiler emits beats what it accepts. */
	private static final List<String> POM_TAGS = List.of("maven.compiler.release", "release",
			"maven.compiler.target", "target", "maven.compiler.source", "source", "java.version");
	private static final List<Pattern> GRADLE_PATTERNS = List.of(
			Pattern.compile("JavaLanguageVersion\\.of\\(\\s*['\"]?(\\d+)"),
			Pattern.compile("jvmToolchain\\(\\s*(\\d+)"),
			Pattern.compile("release\\s*(?:=|\\.set\\()\\s*['\"]?(\\d+)"),
			Pattern.compile("targetCompatibility\\s*(?:=|\\.set\\()?\\s*([^\\n)]+)"),
			Pattern.compile("sourceCompatibility\\s*(?:=|\\.set\\()?\\s*([^\\n)]+)"));
	private static final Pattern GRADLE_VERSION = Pattern
			.compile("VERSION_(\\d+(?:_\\d+)?)|toVersion\\(\\s*['\"]?([\\d.]+)|^['\"]?(\\d+(?:\\.\\d+)?)");
	private static final Pattern CLASSPATH_JRE = Pattern.compile("JavaSE-(\\d+(?:\\.\\d+)?)");

	private JavaReleaseHints() {
	}

	/** From {@code pom.xml}: compiler properties, the compiler plugin's configuration, Spring's java.version. */
	static OptionalInt fromPom(String pom) {
		String text = XML_COMMENT.matcher(pom).replaceAll("");
		for (String tag : POM_TAGS) {
			Matcher matcher = Pattern.compile("<" + Pattern.quote(tag) + ">\\s*([^<]*?)\\s*</" + Pattern.quote(tag)
					+ ">").matcher(text);
			while (matcher.find()) {
				OptionalInt release = release(resolveProperty(text, matcher.group(1)));
				if (release.isPresent()) {
					return release;
				}
			}
		}
		return OptionalInt.empty();
	}

	/** A {@code ${name}} value as the pom's {@code <name>} element gives it; other values as they are. */
	private static String resolveProperty(String pom, String value) {
		Matcher reference = PROPERTY_REFERENCE.matcher(value.strip());
		if (!reference.matches()) {
			return value;
		}
		String name = Pattern.quote(reference.group(1));
		Matcher definition = Pattern.compile("<" + name + ">\\s*([^<$]*?)\\s*</" + name + ">").matcher(pom);
		return definition.find() ? definition.group(1) : value;
	}

	/** From {@code build.gradle} or {@code build.gradle.kts}: toolchain, release, then compatibility. */
	static OptionalInt fromGradle(String script) {
		String text = CODE_COMMENT.matcher(script).replaceAll("");
		for (Pattern pattern : GRADLE_PATTERNS) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				Matcher version = GRADLE_VERSION.matcher(matcher.group(1).strip());
				if (version.find()) {
					String number = version.group(1) != null ? version.group(1).replace('_', '.')
							: version.group(2) != null ? version.group(2) : version.group(3);
					OptionalInt release = release(number);
					if (release.isPresent()) {
						return release;
					}
				}
			}
		}
		return OptionalInt.empty();
	}

	/** From {@code .settings/org.eclipse.jdt.core.prefs}: compliance, else target platform, else source. */
	static OptionalInt fromJdtPrefs(String prefs) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(prefs));
		} catch (IOException | IllegalArgumentException e) {
			return OptionalInt.empty();
		}
		for (String key : List.of("org.eclipse.jdt.core.compiler.compliance",
				"org.eclipse.jdt.core.compiler.codegen.targetPlatform", "org.eclipse.jdt.core.compiler.source")) {
			OptionalInt release = release(properties.getProperty(key));
			if (release.isPresent()) {
				return release;
			}
		}
		return OptionalInt.empty();
	}

	/** From {@code .classpath}: the execution environment of its JRE container, such as {@code JavaSE-11}. */
	static OptionalInt fromClasspath(String classpath) {
		Matcher matcher = CLASSPATH_JRE.matcher(classpath);
		return matcher.find() ? release(matcher.group(1)) : OptionalInt.empty();
	}

	/** A release number as written: {@code 11}, {@code 1.8} (8), {@code "17"}; empty for anything else. */
	static OptionalInt release(String value) {
		String text = Optional.ofNullable(value).map(v -> v.strip().replaceAll("^['\"]|['\"]$", "")).orElse("");
		if (text.startsWith("1.")) {
			text = text.substring(2);
		}
		if (!text.matches("\\d{1,2}")) {
			return OptionalInt.empty();
		}
		int release = Integer.parseInt(text);
		return release >= 1 && release <= 99 ? OptionalInt.of(release) : OptionalInt.empty();
	}
}
