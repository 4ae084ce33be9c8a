package codio.classdata.emulator;

import java.util.List;

/** A class ("course") with the fields of the {@code Course} schema of Codio's OpenAPI document. */
public record EmulatedCourse(String id, String name, String description, String start, String end, String timezone,
		List<String> tags, List<EmulatedModule> modules, String creationDate, String archivedDate, boolean archived) {
}
