package codio.classdata.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** {@code GET /oauth/api/v1/token?grant_type=client_credentials&client_id=…&client_secret=…}. */
final class OAuthEndpoint implements EndpointFamily {

	private final EmulatorState state;

	OAuthEndpoint(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (!path.equals(List.of("token"))) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET") && !request.getMethod().equals("POST")) {
			return Optional.of(JsonResponses.error(405, "Method not allowed"));
		}
		var url = request.getUrl();
		if (!"client_credentials".equals(url.queryParameter("grant_type"))) {
			return Optional.of(JsonResponses.error(400, "unsupported grant_type"));
		}
		if (!state.acceptsCredentials(url.queryParameter("client_id"), url.queryParameter("client_secret"))) {
			return Optional.of(JsonResponses.error(401, "Invalid client credentials"));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", state.issueToken());
		body.put("token_type", "bearer");
		body.put("expires_in", state.tokenLifetimeSeconds());
		return Optional.of(JsonResponses.ok(body));
	}
}
