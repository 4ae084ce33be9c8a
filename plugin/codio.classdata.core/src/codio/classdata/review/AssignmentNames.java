package codio.classdata.review;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches the assignment name an import recorded (taken from an export's folder) to the names Codio gives: the same
 * name, else the one name that equals it ignoring case, spaces and punctuation (exports replace characters that file
 * systems refuse, so names may differ there).
 */
final class AssignmentNames {

	private AssignmentNames() {
	}

	/** The one name of {@code names} that the recorded name stands for; empty when none or more than one. */
	static Optional<String> match(String recorded, Collection<String> names) {
		if (names.contains(recorded)) {
			return Optional.of(recorded);
		}
		String key = normalised(recorded);
		String match = null;
		for (String name : names) {
			if (normalised(name).equals(key)) {
				if (match != null) {
					return Optional.empty(); // two candidates: no guess
				}
				match = name;
			}
		}
		return Optional.ofNullable(match);
	}

	private static String normalised(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
