package codio.classdata.emulator;

import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * {@code GET download/{taskId}}: the status of any class export's task, at the {@code taskUri} the published API's
 * example gives. Served only while {@link EmulatorState#setTaskUrisAtDownloadPath(boolean)} is on, so a client
 * that polls it without being told to is caught.
 */
final class DownloadTaskEndpoint implements EndpointFamily {

	private final EmulatorState state;

	DownloadTaskEndpoint(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() != 2 || !path.get(0).equals("download") || !state.taskUrisAtDownloadPath()) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET")) {
			return Optional.of(JsonResponses.methodNotAllowed());
		}
		return Optional.of(state.exportTask(path.get(1))
				.map(task -> JsonResponses.ok(task.downloadStatus(state.now(), state.archives())))
				.orElseGet(() -> JsonResponses.error(404, "Task not found")));
	}
}
