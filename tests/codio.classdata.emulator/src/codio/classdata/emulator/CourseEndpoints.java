package codio.classdata.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import codio.classdata.emulator.EmulatorState.PageCursor;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** {@code GET courses_list} (paging with {@code nextToken}, {@code archived} filter) and {@code GET courses/{id}}. */
final class CourseEndpoints implements EndpointFamily {

	private final EmulatorState state;

	CourseEndpoints(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (!request.getMethod().equals("GET")) {
			return Optional.empty();
		}
		if (path.equals(List.of("courses_list"))) {
			return Optional.of(list(request));
		}
		if (path.size() == 2 && path.get(0).equals("courses")) {
			return Optional.of(state.course(path.get(1)).map(JsonResponses::ok)
					.orElseGet(() -> JsonResponses.error(404, "Course not found")));
		}
		return Optional.empty();
	}

	private MockResponse list(RecordedRequest request) {
		String nextToken = request.getUrl().queryParameter("nextToken");
		PageCursor cursor;
		if (nextToken != null && !nextToken.isEmpty()) {
			Optional<PageCursor> remembered = state.cursor(nextToken);
			if (remembered.isEmpty()) {
				return JsonResponses.error(404, "Incorrect or expired next search token");
			}
			cursor = remembered.get();
		} else {
			String archived = request.getUrl().queryParameter("archived");
			if (archived == null) {
				archived = "";
			}
			if (!List.of("true", "false", "").contains(archived)) {
				return JsonResponses.error(400, "archived must be true, false or empty");
			}
			cursor = new PageCursor(archived, 0);
		}
		List<EmulatedCourse> matching = state.courses(cursor.archivedFilter());
		int pageSize = state.organisation().pageSize();
		int end = Math.min(matching.size(), cursor.offset() + pageSize);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("courses", matching.subList(Math.min(cursor.offset(), end), end));
		if (end < matching.size()) {
			body.put("nextToken", state.rememberCursor(new PageCursor(cursor.archivedFilter(), end)));
		}
		return JsonResponses.ok(body);
	}
}
