package codio.classdata.api;

import java.util.List;

/** A module of a class with its assignments, as {@code courses/{id}} returns it. */
public record CourseModule(String id, String name, List<Assignment> assignments) {

	public CourseModule {
		assignments = assignments == null ? List.of() : List.copyOf(assignments);
	}
}
