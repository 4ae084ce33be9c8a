package codio.classdata.review;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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
	 * The baseline of an assignment by the name an import recorded, matched as {@link AssignmentNames} matches
	 * names.
	 */
	public Optional<Path> forAssignment(String assignment) {
		return AssignmentNames.match(assignment, folders.keySet()).map(folders::get);
	}
}
