package codio.classdata.review;

import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * A student's project as the review sees it: where its files are and what it is.
 *
 * @param name       the project's name
 * @param folder     its files
 * @param assignment its assignment, as the import recorded it
 * @param student    its student, as the import recorded it ({@code ""} when unknown)
 * @param courseId   its Codio class's id as the import recorded it, {@code ""} when not known
 * @param baseline   the assignment's starter baseline, or null when none is at hand
 * @param skip       project paths ({@code /}-separated) that are not the student's, such as build output
 */
public record ReviewedProject(String name, Path folder, String assignment, String student, String courseId,
		Path baseline, Predicate<String> skip) {
}
