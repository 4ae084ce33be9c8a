package codio.classdata.emulator;

import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** {@code GET stacks/{id}}: a certified stack's {@code StackInfo}; 404 for others. */
final class StackEndpoints implements EndpointFamily {

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() != 2 || !path.get(0).equals("stacks")) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET")) {
			return Optional.of(JsonResponses.methodNotAllowed());
		}
		return Optional.of(CertifiedStacks.info(path.get(1)).map(JsonResponses::ok)
				.orElseGet(() -> JsonResponses.error(404, "Stack not found")));
	}
}
