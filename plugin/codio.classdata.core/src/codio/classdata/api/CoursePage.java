package codio.classdata.api;

import java.util.List;

/** One page of {@code courses_list}; a non-empty {@code nextToken} asks for the next one. */
record CoursePage(List<Course> courses, String nextToken) {
}
