package codio.classdata.emulatortest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The demo emulator with small, quick exports, and a plain okhttp client signed in to it: what the emulator tests
 * call it through.
 */
final class EmulatorSession implements AutoCloseable {

	final CodioEmulator emulator;
	final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();
	private String token;

	private EmulatorSession(CodioEmulator emulator) {
		this.emulator = emulator;
	}

	/** The demo organisation; exports are done at once and hold 3 students per class. */
	static EmulatorSession start() throws IOException {
		CodioEmulator emulator = CodioEmulator.startDemo();
		emulator.state().setTaskDelay(Duration.ZERO);
		emulator.state().setStudentsPerClass(3);
		emulator.state().setFilesPerWorkspace(2);
		return new EmulatorSession(emulator);
	}

	/** The first class (in demo order) whose tags include the tag. */
	EmulatedCourse course(String tag) {
		return emulator.state().courses("").stream().filter(course -> course.tags().contains(tag)).findFirst()
				.orElseThrow();
	}

	String token() throws IOException {
		if (token == null) {
			HttpUrl url = HttpUrl.get(emulator.oauthUrl() + "/token").newBuilder()
					.addQueryParameter("grant_type", "client_credentials")
					.addQueryParameter("client_id", DemoData.CLIENT_ID)
					.addQueryParameter("client_secret", DemoData.CLIENT_SECRET).build();
			try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
				assertEquals(200, response.code());
				token = JsonParser.parseString(response.body().string()).getAsJsonObject().get("access_token")
						.getAsString();
			}
		}
		return token;
	}

	/** An API request with the bearer token; {@code path} is relative to {@code /api/v1/} or absolute. */
	Response call(String method, String path) throws IOException {
		String url = path.startsWith("http") ? path : emulator.apiUrl() + "/" + path;
		Request.Builder request = new Request.Builder().url(url).header("Authorization", "Bearer " + token());
		request.method(method, method.equals("POST") ? RequestBody.create(new byte[0]) : null);
		return http.newCall(request.build()).execute();
	}

	/** The JSON of a successful API answer. */
	JsonElement json(String method, String path) throws IOException {
		try (Response response = call(method, path)) {
			String body = response.body().string();
			assertEquals(200, response.code(), () -> method + " " + path + ": " + body);
			return JsonParser.parseString(body);
		}
	}

	JsonElement get(String path) throws IOException {
		return json("GET", path);
	}

	/** Polls a task's status until it is done. */
	JsonObject awaitDone(String taskUri) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			JsonObject status = get(taskUri).getAsJsonObject();
			if (status.get("done").getAsBoolean()) {
				return status;
			}
			Thread.sleep(100);
		}
		return fail("Task not done in 10 s: " + taskUri);
	}

	/** Starts a class export and waits for its link. */
	String exportUrl(String courseId, String kind) throws IOException, InterruptedException {
		JsonObject progress = json("POST", "courses/" + courseId + "/export/" + kind).getAsJsonObject();
		return awaitDone(progress.get("taskUri").getAsString()).get("url").getAsString();
	}

	/** Downloads a link as a client of the archive host does: no token. */
	byte[] download(String url) throws IOException {
		try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
			assertEquals(200, response.code(), url);
			return response.body().bytes();
		}
	}

	Response fetch(Request request) throws IOException {
		return http.newCall(request).execute();
	}

	@Override
	public void close() {
		emulator.close();
		http.dispatcher().executorService().shutdown();
		http.connectionPool().evictAll();
	}
}
