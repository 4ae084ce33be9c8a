package codio.classdata.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A Codio class ("course" in the API), as {@code courses_list} and {@code courses/{id}} return it. Dates are kept
 * as the ISO strings the server sent; the accessors parse them.
 */
public record Course(String id, String name, String description, String start, String end, String timezone,
		List<String> tags, List<CourseModule> modules, String creationDate, String archivedDate, boolean archived) {

	public Course {
		tags = tags == null ? List.of() : List.copyOf(tags);
		modules = modules == null ? List.of() : List.copyOf(modules);
	}

	public Optional<Instant> startDate() {
		return parse(start);
	}

	public Optional<Instant> endDate() {
		return parse(end);
	}

	private static Optional<Instant> parse(String isoDate) {
		if (isoDate == null || isoDate.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.parse(isoDate));
		} catch (DateTimeParseException e) {
			// A date the server wrote in another form is shown as missing rather than failing the whole list.
			return Optional.empty();
		}
	}
}
