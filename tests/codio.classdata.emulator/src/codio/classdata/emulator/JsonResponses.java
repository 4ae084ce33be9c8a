package codio.classdata.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** Builds JSON answers the way Codio's servers shape them. */
final class JsonResponses {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private JsonResponses() {
	}

	static MockResponse ok(Object body) {
		return json(200, body);
	}

	static MockResponse error(int status, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", status);
		body.put("error", message);
		return json(status, body);
	}

	static MockResponse json(int status, Object body) {
		return new MockResponse.Builder().code(status)
				.setHeader("Content-Type", "application/json; charset=utf-8")
				.body(GSON.toJson(body))
				.build();
	}

	static MockResponse methodNotAllowed() {
		return error(405, "Method not allowed");
	}

	/**
	 * A {@code TaskProgress}: the task id, and as {@code taskUri} the absolute URL where its status is polled, the
	 * request's URL followed by {@code statusPath} and the id.
	 */
	static MockResponse taskProgress(RecordedRequest request, String taskId, String... statusPath) {
		HttpUrl url = request.getUrl();
		HttpUrl.Builder taskUri = url.newBuilder().query(null);
		List<String> segments = url.pathSegments();
		if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
			taskUri.removePathSegment(segments.size() - 1);
		}
		for (String segment : statusPath) {
			taskUri.addPathSegment(segment);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("taskId", taskId);
		body.put("taskUri", taskUri.addPathSegment(taskId).build().toString());
		return ok(body);
	}

	/**
	 * A {@code TaskProgress} whose {@code taskUri} is {@code /api/v1/<path>/<taskId>} on the request's host, as in
	 * the published example ({@code https://octopus.codio.com/api/v1/download/<taskId>}).
	 */
	static MockResponse taskProgressAt(RecordedRequest request, String path, String taskId) {
		HttpUrl taskUri = request.getUrl().newBuilder().query(null).encodedPath("/api/v1/").addPathSegment(path)
				.addPathSegment(taskId).build();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("taskId", taskId);
		body.put("taskUri", taskUri.toString());
		return ok(body);
	}

	static Gson gson() {
		return GSON;
	}
}
