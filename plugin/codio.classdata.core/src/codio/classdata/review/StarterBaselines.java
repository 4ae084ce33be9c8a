package codio.classdata.review;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The published version of each assignment of a class, one read-only folder per assignment, as
 * {@link StarterSources} laid them out.
 *
 * @param folders assignment name, as the sources name it, to its folder
 */
public record StarterBaselines(Map<String, Path> folders) {

	public StarterBaselines {
		folders = Map.copyOf(new LinkedHashMap<>(folders));
	}

	/**
	 * The baseline of an assignment by the name an import recorded: the same name, else the one name that equals it
	 * ignoring case, spaces and punctuation (exports and sources spell names alike, file systems may not).
	 */
	public Optional<Path> forAssignment(String assignment) {
		Path exact = folders.get(assignment);
		if (exact != null) {
			return Optional.of(exact);
		}
		String key = normalised(assignment);
		Path match = null;
		for (Map.Entry<String, Path> entry : folders.entrySet()) {
			if (normalised(entry.getKey()).equals(key)) {
				if (match != null) {
					return Optional.empty(); // two candidates: no guess
				}
				match = entry.getValue();
			}
		}
		return Optional.ofNullable(match);
	}

	private static String normalised(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
