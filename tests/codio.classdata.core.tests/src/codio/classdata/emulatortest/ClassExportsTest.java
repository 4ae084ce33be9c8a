package codio.classdata.emulatortest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.ExportKind;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Class exports start with {@code POST courses/{id}/export/{kind}}, report {@code done=false} until their delay
 * has passed and then a link on the archive host, and are listed for 7 days.
 */
class ClassExportsTest {

	private EmulatorSession session;
	private String courseId;

	@BeforeEach
	void start() throws Exception {
		session = EmulatorSession.start();
		session.emulator.state().serveUndocumentedEndpoints(); // the tests below exercise every kind
		courseId = session.course("java").id();
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "workdata", "sources", "coach", "llmproxy", "access", "lti" })
	void startedExportIsNotDoneBeforeItsDelayAndLinksAFileAfter(String kind) throws Exception {
		session.emulator.state().setTaskDelay(Duration.ofMillis(300));

		JsonObject progress = session.json("POST", "courses/" + courseId + "/export/" + kind).getAsJsonObject();
		String taskId = progress.get("taskId").getAsString();
		String taskUri = progress.get("taskUri").getAsString();
		JsonObject early = session.get(taskUri).getAsJsonObject();
		Thread.sleep(350);
		JsonObject done = session.awaitDone(taskUri);

		assertEquals(Set.of("taskId", "taskUri"), progress.keySet());
		assertEquals(session.emulator.apiUrl() + "/courses/" + courseId + "/export/" + kind + "/progress/" + taskId,
				taskUri, "taskUri is the absolute URL of the progress resource");
		assertEquals(taskId, early.get("taskId").getAsString());
		assertFalse(early.get("done").getAsBoolean());
		assertNull(early.get("url"));
		String url = done.get("url").getAsString();
		assertTrue(url.startsWith(session.emulator.archiveUrl() + "temporary/"), url);
		assertNull(done.get("error"));
		assertTrue(session.download(url).length > 0);
		JsonArray listed = session.get("courses/" + courseId + "/export/" + kind).getAsJsonArray();
		assertEquals(1, listed.size());
		assertEquals(done, listed.get(0));
	}

	@Test
	void listShowsTheExportsOfTheLastSevenDaysWithLinksOrErrors() throws Exception {
		String recent = session.emulator.state().recordExport(courseId, ExportKind.WORKDATA, Duration.ofDays(2), null);
		String failed = session.emulator.state().recordExport(courseId, ExportKind.WORKDATA, Duration.ofDays(1),
				"Build internal problem");
		session.emulator.state().recordExport(courseId, ExportKind.WORKDATA, Duration.ofDays(8), null);
		session.emulator.state().recordExport(courseId, ExportKind.SOURCES, Duration.ofDays(1), null);

		JsonArray listed = session.get("courses/" + courseId + "/export/workdata").getAsJsonArray();

		assertEquals(2, listed.size(), listed.toString());
		JsonObject first = listed.get(0).getAsJsonObject();
		JsonObject second = listed.get(1).getAsJsonObject();
		assertEquals(recent, first.get("taskId").getAsString());
		assertTrue(first.get("done").getAsBoolean());
		assertTrue(first.has("url"));
		assertEquals(failed, second.get("taskId").getAsString());
		assertTrue(second.get("done").getAsBoolean());
		assertEquals("Build internal problem", second.get("error").getAsString());
		assertFalse(second.has("url"));
		assertTrue(session.download(first.get("url").getAsString()).length > 0);
	}

	@Test
	void linksOfExportsOlderThanSevenDaysHaveExpired() throws Exception {
		String old = session.emulator.state().recordExport(courseId, ExportKind.WORKDATA, Duration.ofDays(8), null);
		JsonObject status = session.get("courses/" + courseId + "/export/workdata/progress/" + old).getAsJsonObject();

		try (Response response = session.fetch(new Request.Builder().url(status.get("url").getAsString()).build())) {
			assertEquals(403, response.code());
			assertTrue(response.body().string().contains("<Code>AccessDenied</Code>"));
		}
	}

	@Test
	void failingExportIsDoneWithItsError() throws Exception {
		session.emulator.faults().failExports(1, "Build internal problem");

		JsonObject progress = session.json("POST", "courses/" + courseId + "/export/workdata").getAsJsonObject();
		JsonObject failed = session.awaitDone(progress.get("taskUri").getAsString());
		String nextUrl = session.exportUrl(courseId, "workdata");

		assertEquals("Build internal problem", failed.get("error").getAsString());
		assertFalse(failed.has("url"));
		assertTrue(nextUrl.startsWith(session.emulator.archiveUrl()), "only the next export fails");
	}

	@Test
	void unknownClassesAndTasksAnswer404() throws Exception {
		for (String path : List.of("courses/0123456789abcdef0123456789abcdef/export/workdata",
				"courses/" + courseId + "/export/workdata/progress/0123456789abcdef0123456789abcdef",
				"courses/" + courseId + "/export/coach/progress/nope")) {
			try (Response response = session.call("GET", path)) {
				assertEquals(404, response.code(), path);
				JsonElement body = JsonParser.parseString(response.body().string());
				assertEquals(404, body.getAsJsonObject().get("code").getAsInt());
			}
		}
		try (Response response = session.call("POST", "courses/0123456789abcdef0123456789abcdef/export/sources")) {
			assertEquals("{\"code\":404,\"error\":\"Course not found\"}", response.body().string());
		}
	}

	@Test
	void taskOfOneKindIsNotFoundUnderAnother() throws Exception {
		JsonObject progress = session.json("POST", "courses/" + courseId + "/export/coach").getAsJsonObject();

		try (Response response = session.call("GET",
				"courses/" + courseId + "/export/llmproxy/progress/" + progress.get("taskId").getAsString())) {
			assertEquals(404, response.code());
		}
	}

	@Test
	void byDefaultTheEmulatorServesExactlyThePublishedApi() throws Exception {
		try (EmulatorSession published = EmulatorSession.start()) {
			String id = published.course("java").id();
			for (String listed : List.of("workdata", "sources")) {
				assertTrue(published.get("courses/" + id + "/export/" + listed).isJsonArray(), listed);
			}
			for (String unlisted : List.of("coach", "llmproxy", "access", "lti")) {
				try (Response list = published.call("GET", "courses/" + id + "/export/" + unlisted)) {
					assertEquals(404, list.code(), unlisted + " has no documented list");
				}
			}
			assertTrue(published.exportUrl(id, "coach").contains("?"), "coach exports start and finish");
			try (Response access = published.call("POST", "courses/" + id + "/export/access")) {
				assertEquals(404, access.code());
			}
		}
	}

	@Test
	void undocumentedEndpointsCanAnswer405OrBeServed() throws Exception {
		session.emulator.state().withholdUndocumentedEndpoints(405);
		try (Response access = session.call("POST", "courses/" + courseId + "/export/access");
				Response coachList = session.call("GET", "courses/" + courseId + "/export/coach")) {
			assertEquals(405, access.code());
			assertEquals(405, coachList.code());
		}
		assertTrue(session.exportUrl(courseId, "workdata").startsWith(session.emulator.archiveUrl()),
				"exports in Codio's API stay");

		session.emulator.state().serveUndocumentedEndpoints();
		assertTrue(session.exportUrl(courseId, "access").contains(".csv?"));
		assertTrue(session.exportUrl(courseId, "lti").contains(".csv?"));
	}

	@Test
	void taskUrisCanPointAtTheDownloadPathOfThePublishedExample() throws Exception {
		session.emulator.state().setTaskUrisAtDownloadPath(true);

		JsonObject progress = session.json("POST", "courses/" + courseId + "/export/workdata").getAsJsonObject();

		String taskId = progress.get("taskId").getAsString();
		assertEquals(session.emulator.apiUrl() + "/download/" + taskId, progress.get("taskUri").getAsString());
		assertTrue(session.awaitDone(progress.get("taskUri").getAsString()).get("url").getAsString()
				.startsWith(session.emulator.archiveUrl()));
		session.emulator.state().setTaskUrisAtDownloadPath(false);
		try (Response gone = session.call("GET", "download/" + taskId)) {
			assertEquals(404, gone.code(), "the download path is served only when asked for");
		}
	}
}
