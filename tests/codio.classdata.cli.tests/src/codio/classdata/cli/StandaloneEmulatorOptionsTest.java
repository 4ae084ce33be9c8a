package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.StandaloneEmulator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The standalone emulator, on the class path the demo uses, takes {@code --students} and {@code --task-delay-ms},
 * prints its archive host, and builds zips there: its libraries (commons-compress, zstd, CSV) are all on it.
 */
class StandaloneEmulatorOptionsTest {

	private final OkHttpClient http = new OkHttpClient();

	@Test
	void servesExportsWithTheStudentsAndDelayOfItsOptions() throws Exception {
		try (StandaloneEmulator emulator = StandaloneEmulator.start("--students", "4", "--task-delay-ms", "0")) {
			String token = JsonParser.parseString(body(new Request.Builder().url(emulator.oauthUrl()
					+ "/token?grant_type=client_credentials&client_id=" + DemoData.CLIENT_ID + "&client_secret="
					+ DemoData.CLIENT_SECRET).build())).getAsJsonObject().get("access_token").getAsString();
			String courseId = DemoData.organisation().courses().get(0).id();
			String courseUrl = emulator.apiUrl() + "/courses/" + courseId;

			JsonArray students = JsonParser
					.parseString(body(authorised(token, courseUrl + "/students").build())).getAsJsonArray();
			JsonObject progress = JsonParser.parseString(body(authorised(token, courseUrl + "/export/workdata")
					.post(RequestBody.create(new byte[0])).build())).getAsJsonObject();
			JsonObject status = poll(token, progress.get("taskUri").getAsString());

			assertEquals(4, students.size());
			assertTrue(status.get("done").getAsBoolean(), status.toString());
			String url = status.get("url").getAsString();
			assertTrue(url.startsWith(emulator.archiveUrl()), url);
			try (Response response = http.newCall(new Request.Builder().url(url).build()).execute();
					ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body().bytes()))) {
				assertEquals(200, response.code());
				assertTrue(zip.getNextEntry().getName().endsWith("/.codio"));
			}
		}
	}

	/** The task's status once done, or as it is after 10 s; the zip is built in the background even with no delay. */
	private JsonObject poll(String token, String taskUri) throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		JsonObject status;
		do {
			status = JsonParser.parseString(body(authorised(token, taskUri).build())).getAsJsonObject();
			if (!status.get("done").getAsBoolean()) {
				Thread.sleep(100);
			}
		} while (!status.get("done").getAsBoolean() && System.nanoTime() < deadline);
		return status;
	}

	private static Request.Builder authorised(String token, String url) {
		return new Request.Builder().url(url).header("Authorization", "Bearer " + token);
	}

	private String body(Request request) throws Exception {
		try (Response response = http.newCall(request).execute()) {
			assertEquals(200, response.code(), request.url().toString());
			return response.body().string();
		}
	}
}
