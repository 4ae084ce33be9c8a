package codio.classdata.emulator;

import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** {@code GET courses/{id}/students} and {@code GET courses/{id}/teachers}: arrays of {@code User}. */
final class MemberEndpoints implements EndpointFamily {

	private final EmulatorState state;

	MemberEndpoints(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() != 3 || !path.get(0).equals("courses")
				|| !(path.get(2).equals("students") || path.get(2).equals("teachers"))) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET")) {
			return Optional.of(JsonResponses.methodNotAllowed());
		}
		String courseId = path.get(1);
		if (state.course(courseId).isEmpty()) {
			return Optional.of(JsonResponses.error(404, "Course not found"));
		}
		return Optional.of(JsonResponses.ok(
				path.get(2).equals("students") ? state.students(courseId) : state.teachers(courseId)));
	}
}
