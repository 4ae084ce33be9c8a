package codio.classdata.workspace;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names projects from a template such as {@code {assignment}-{student}} (the default). Placeholders:
 * {@code {assignment}}, {@code {student}} and {@code {class}}. A placeholder with no value takes its separator with
 * it, characters Eclipse does not allow in a project name become {@code _}, and a name already taken gets
 * {@code " (2)"}, {@code " (3)"} … so nothing existing is ever reused.
 *
 * @param template the pattern; blank means the default
 */
public record ProjectNameTemplate(String template) {

	public static final String DEFAULT = "{assignment}-{student}";
	private static final Set<String> PLACEHOLDERS = Set.of("{assignment}", "{student}", "{class}");
	/** Characters a project name cannot hold on any platform Eclipse runs on. */
	private static final String RESERVED = "/\\:*?\"<>|";
	private static final String SEPARATORS = "-_ .";
	private static final int MAX_LENGTH = 120;

	public ProjectNameTemplate {
		template = template == null || template.isBlank() ? DEFAULT : template.strip();
	}

	/** The template's placeholders that are not known, or "" when it is valid; for the wizard and the CLI. */
	public String unknownPlaceholder() {
		for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
			int close = template.indexOf('}', open);
			String placeholder = close < 0 ? template.substring(open) : template.substring(open, close + 1);
			if (!PLACEHOLDERS.contains(placeholder)) {
				return placeholder;
			}
		}
		return "";
	}

	/** The name for a workspace; never empty. */
	public String nameFor(DiscoveredWorkspace workspace, String className) {
		String name = template;
		name = fill(name, "{assignment}", workspace.assignment());
		name = fill(name, "{student}", workspace.student());
		name = fill(name, "{class}", className == null ? "" : className);
		name = sanitise(name);
		return name.isEmpty() ? sanitise(workspace.displayName()).isEmpty() ? "workspace"
				: sanitise(workspace.displayName()) : name;
	}

	/** The name itself when free, else the first of {@code "name (2)"}, {@code "name (3)"} … that is. */
	public static String unique(String name, Predicate<String> taken) {
		if (!taken.test(name)) {
			return name;
		}
		for (int n = 2;; n++) {
			String candidate = name + " (" + n + ")";
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
	}

	/** Folds case, as two projects whose names differ only in case clash on case-insensitive file systems. */
	public static String key(String projectName) {
		return projectName.toLowerCase(Locale.ROOT);
	}

	/** Replaces the placeholder; an empty value also removes the separators next to it. */
	private static String fill(String name, String placeholder, String value) {
		int at = name.indexOf(placeholder);
		while (at >= 0) {
			int end = at + placeholder.length();
			if (value.isEmpty()) {
				int before = at;
				while (before > 0 && SEPARATORS.indexOf(name.charAt(before - 1)) >= 0) {
					before--;
				}
				int after = end;
				if (before == at) { // nothing before: eat the separators after instead
					while (after < name.length() && SEPARATORS.indexOf(name.charAt(after)) >= 0) {
						after++;
					}
				}
				name = name.substring(0, before) + name.substring(after);
				at = name.indexOf(placeholder, before);
			} else {
				name = name.substring(0, at) + value + name.substring(end);
				at = name.indexOf(placeholder, at + value.length());
			}
		}
		return name;
	}

	private static String sanitise(String name) {
		StringBuilder safe = new StringBuilder();
		for (char c : name.toCharArray()) {
			safe.append(c < 0x20 || c == 0x7f || RESERVED.indexOf(c) >= 0 ? '_' : c);
		}
		String result = safe.toString().strip();
		while (!result.isEmpty() && (result.charAt(0) == '.' || result.endsWith("."))) {
			result = result.charAt(0) == '.' ? result.substring(1) : result.substring(0, result.length() - 1);
		}
		return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH).strip() : result;
	}
}
