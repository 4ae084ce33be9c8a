package codio.classdata.emulator;

import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The two web-app pages the plugin links to, as a stand-in for Codio's UI (which needs a browser session):
 * {@code /home/teacher/{courseId}/overview} and {@code /home/teacher/{courseId}/grading-queue?assignmentId=…}.
 * Each is a small HTML page that names the class (and assignment), so "Open in Codio" can be tried in the demo.
 */
final class WebAppPages implements EndpointFamily {

	private final EmulatorState state;

	WebAppPages(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() != 4 || !path.get(0).equals("home") || !path.get(1).equals("teacher")
				|| !request.getMethod().equals("GET")) {
			return Optional.empty();
		}
		Optional<EmulatedCourse> course = state.course(path.get(2));
		if (course.isEmpty()) {
			return Optional.of(page(404, "Class not found", "No class " + path.get(2) + " in this organisation."));
		}
		String name = course.get().name();
		if (path.get(3).equals("overview")) {
			return Optional.of(page(200, name, "The class overview page of " + name + " (Codio emulator)."));
		}
		if (path.get(3).equals("grading-queue")) {
			String assignmentId = request.getUrl().queryParameter("assignmentId");
			Optional<EmulatedAssignment> assignment = course.get().modules().stream()
					.flatMap(module -> module.assignments().stream())
					.filter(candidate -> candidate.id().equals(assignmentId)).findFirst();
			return Optional.of(assignment
					.map(found -> page(200, found.name(), "The grading queue of " + found.name() + " in " + name
							+ " (Codio emulator)."))
					.orElseGet(() -> page(404, "Assignment not found", "No assignment " + assignmentId + " in " + name)));
		}
		return Optional.empty();
	}

	private static MockResponse page(int status, String title, String text) {
		String html = "<!DOCTYPE html><html><head><title>" + escape(title)
				+ "</title></head><body><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p></body></html>";
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html; charset=utf-8")
				.body(html).build();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
