package codio.classdata.emulator;

import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import mockwebserver3.MockResponse;

/** Builds JSON answers the way Codio's servers shape them. */
final class JsonResponses {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private JsonResponses() {
	}

	static MockResponse ok(Object body) {
		return json(200, body);
	}

	static MockResponse error(int status, String message) {
		return json(status, Map.of("code", status, "error", message));
	}

	static MockResponse json(int status, Object body) {
		return new MockResponse.Builder().code(status)
				.setHeader("Content-Type", "application/json; charset=utf-8")
				.body(GSON.toJson(body))
				.build();
	}

	static Gson gson() {
		return GSON;
	}
}
