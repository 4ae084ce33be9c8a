package codio.classdata.emulator;

import java.util.Optional;

import mockwebserver3.MockResponse;

/**
 * The class and assignment a request's path names, or the 404 Codio answers when either is unknown.
 *
 * @param course     the class, null when not found
 * @param assignment the assignment, null when not found
 * @param failure    the answer when either is missing, else null
 */
record AssignmentLookup(EmulatedCourse course, EmulatedAssignment assignment, MockResponse failure) {

	static AssignmentLookup of(EmulatorState state, String courseId, String assignmentId) {
		Optional<EmulatedCourse> course = state.course(courseId);
		if (course.isEmpty()) {
			return new AssignmentLookup(null, null, JsonResponses.error(404, "Course not found"));
		}
		return StudentWorkspace.assignments(course.get()).stream().filter(a -> a.id().equals(assignmentId))
				.findFirst().map(assignment -> new AssignmentLookup(course.get(), assignment, null))
				.orElseGet(() -> new AssignmentLookup(null, null, JsonResponses.error(404, "Assignment not found")));
	}
}
