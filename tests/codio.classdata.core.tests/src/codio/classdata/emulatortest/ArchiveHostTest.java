package codio.classdata.emulatortest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import codio.classdata.emulator.EmulatedHost;
import codio.classdata.emulator.LoggedRequest;
import codio.classdata.emulator.RequestLog;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The archive host serves export files from another origin with length, type and byte ranges, and the request
 * log shows what reached it.
 */
class ArchiveHostTest {

	private EmulatorSession session;
	private String courseId;
	private String url;
	private byte[] file;

	@BeforeEach
	void start() throws Exception {
		session = EmulatorSession.start();
		courseId = session.course("java").id();
		url = session.exportUrl(courseId, "workdata");
		file = session.download(url);
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void servesTheFileWithLengthTypeAndRangeSupport() throws Exception {
		try (Response response = session.fetch(new Request.Builder().url(url).build())) {
			assertEquals(200, response.code());
			assertEquals(String.valueOf(file.length), response.header("Content-Length"));
			assertEquals("application/zip", response.header("Content-Type"));
			assertEquals("bytes", response.header("Accept-Ranges"));
			assertArrayEquals(file, response.body().bytes());
		}
		try (Response head = session.fetch(new Request.Builder().url(url).head().build())) {
			assertEquals(200, head.code());
			assertEquals(String.valueOf(file.length), head.header("Content-Length"));
		}
	}

	@Test
	void rangeFromAnOffsetAnswers206WithTheRestOfTheFile() throws Exception {
		int offset = file.length / 3;

		try (Response response = session.fetch(range("bytes=" + offset + "-"))) {
			assertEquals(206, response.code());
			assertEquals("bytes " + offset + "-" + (file.length - 1) + "/" + file.length,
					response.header("Content-Range"));
			assertEquals(String.valueOf(file.length - offset), response.header("Content-Length"));
			assertArrayEquals(Arrays.copyOfRange(file, offset, file.length), response.body().bytes());
		}
		try (Response response = session.fetch(range("bytes=10-19"))) {
			assertEquals(206, response.code());
			assertArrayEquals(Arrays.copyOfRange(file, 10, 20), response.body().bytes());
		}
		try (Response response = session.fetch(range("bytes=" + file.length + "-"))) {
			assertEquals(416, response.code());
			assertEquals("bytes */" + file.length, response.header("Content-Range"));
		}
	}

	@Test
	void archiveHostIsAnotherOriginAndGetsNoAuthorization() throws Exception {
		HttpUrl api = HttpUrl.get(session.emulator.apiUrl());
		HttpUrl archive = HttpUrl.get(url);
		List<LoggedRequest> archiveRequests = session.emulator.requestLog().requests(EmulatedHost.ARCHIVE);
		List<LoggedRequest> apiRequests = session.emulator.requestLog().requests(EmulatedHost.API);

		assertNotEquals(api.host() + ":" + api.port(), archive.host() + ":" + archive.port());
		assertEquals(1, archiveRequests.size());
		assertNull(archiveRequests.get(0).headers().get("Authorization"));
		assertEquals("/temporary/" + archive.pathSegments().get(1), archiveRequests.get(0).path());
		assertTrue(apiRequests.stream().filter(request -> request.path().startsWith("/api/v1/"))
				.allMatch(request -> request.headers().get("Authorization") != null));
	}

	@Test
	void requestLogCountsRequestsPerEndpoint() throws Exception {
		session.download(url);
		RequestLog log = session.emulator.requestLog();

		assertEquals(1, log.count("POST /api/v1/courses/{id}/export/workdata"));
		assertTrue(log.count("GET /api/v1/courses/{id}/export/workdata/progress/{id}") >= 1);
		assertEquals(2, log.count("GET /temporary/{file}"));
		assertEquals(1, log.count("GET /oauth/api/v1/token"));
		assertEquals(log.requests().size(), log.countsByEndpoint().values().stream().mapToInt(Integer::intValue).sum());
		assertEquals(0, log.countStatus(429));
	}

	@Test
	void unknownFilesAnswerS3sNoSuchKey() throws Exception {
		String unknown = session.emulator.archiveUrl() + "temporary/1234.zip";

		try (Response response = session.fetch(new Request.Builder().url(unknown).build())) {
			assertEquals(404, response.code());
			assertEquals("application/xml", response.header("Content-Type"));
			String body = response.body().string();
			assertTrue(body.contains("<Code>NoSuchKey</Code>"), body);
			assertFalse(body.startsWith("{"));
		}
	}

	private Request range(String range) {
		return new Request.Builder().url(url).header("Range", range).build();
	}
}
