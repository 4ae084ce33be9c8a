package codio.classdata.emulator;

import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * {@code GET courses/{id}/assignments/{id}/export/csv}: answers at once with a JSON string, the link of the
 * assignment's CSV on the archive host.
 */
final class AssignmentCsvEndpoint implements EndpointFamily {

	private final EmulatorState state;

	AssignmentCsvEndpoint(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() != 6 || !path.get(0).equals("courses") || !path.get(2).equals("assignments")
				|| !path.get(4).equals("export") || !path.get(5).equals("csv")) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET")) {
			return Optional.of(JsonResponses.methodNotAllowed());
		}
		AssignmentLookup found = AssignmentLookup.of(state, path.get(1), path.get(3));
		if (found.failure() != null) {
			return Optional.of(found.failure());
		}
		ArchiveStore.Published file = state.archives()
				.publish(new AssignmentCsv(found.course(), found.assignment(), state.shape()), state.now(), true);
		return Optional.of(JsonResponses.ok(state.archives().url(file).toString()));
	}
}
