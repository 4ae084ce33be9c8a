package codio.classdata.emulatortest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import codio.classdata.emulator.Faults;
import okhttp3.Request;
import okhttp3.Response;

/** Each fault of {@link Faults} does what it says, for as long as it says, and {@link Faults#reset()} ends it. */
class FaultsTest {

	private EmulatorSession session;
	private Faults faults;
	private String courseId;
	private String coursePath;

	@BeforeEach
	void start() throws Exception {
		session = EmulatorSession.start();
		session.emulator.state().serveUndocumentedEndpoints(); // access and LTI CSVs are outside the published API
		faults = session.emulator.faults();
		courseId = session.course("java").id();
		coursePath = "courses/" + courseId;
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void droppedConnectionDeliversLessThanContentLengthPromised() throws Exception {
		String url = session.exportUrl(courseId, "workdata");
		byte[] whole = session.download(url);
		faults.dropArchiveConnections(1, 1000);

		try (Response response = session.fetch(new Request.Builder().url(url).build())) {
			assertEquals(String.valueOf(whole.length), response.header("Content-Length"));
			InputStream body = response.body().byteStream();
			byte[] buffer = new byte[8192];
			long[] received = { 0 };
			assertThrows(IOException.class, () -> {
				for (int read; (read = body.read(buffer)) >= 0;) {
					received[0] += read;
				}
			});
			assertTrue(received[0] <= 1000, received[0] + " bytes arrived");
		}
		assertArrayEquals(whole, session.download(url), "only the next download drops");
	}

	@Test
	void burstOf429sCarriesRetryAfterAndReset() throws Exception {
		faults.tooManyRequests(2, Duration.ofSeconds(3));
		long now = Instant.now().getEpochSecond();

		for (int i = 0; i < 2; i++) {
			try (Response response = session.call("GET", coursePath)) {
				assertEquals(429, response.code());
				assertEquals("3", response.header("Retry-After"));
				long reset = Long.parseLong(response.header("X-RateLimit-Reset"));
				assertTrue(reset >= now + 3 && reset <= now + 5, "reset at " + reset + ", now " + now);
			}
		}
		try (Response response = session.call("GET", coursePath)) {
			assertEquals(200, response.code());
		}
		assertEquals(2, faults.tooManyRequestsServed());
		assertEquals(0, faults.rateLimitRejections(), "a burst is not the enforced limit");
	}

	@Test
	void exhaustedDailyLimitRefusesUntilReset() throws Exception {
		faults.exhaustDailyLimit();

		for (int i = 0; i < 3; i++) {
			try (Response response = session.call("GET", coursePath)) {
				assertEquals(429, response.code());
				assertEquals("0", response.header("X-RateLimit-DailyLimit-Remaining"));
				assertTrue(Long.parseLong(response.header("Retry-After")) > 0);
			}
		}
		faults.reset();
		try (Response response = session.call("GET", coursePath)) {
			assertEquals(200, response.code());
		}
	}

	@Test
	void codiosDocumentedRateLimitIsEnforcedByDefault() throws Exception {
		for (int i = 0; i < Faults.CODIO_RATE_LIMIT; i++) {
			try (Response response = session.call("GET", "stacks/java17")) {
				assertEquals(200, response.code(), "request " + (i + 1));
			}
		}
		try (Response response = session.call("GET", "stacks/java17")) {
			assertEquals(429, response.code());
			assertTrue(Long.parseLong(response.header("Retry-After")) >= 1);
			assertEquals("50", response.header("X-RateLimit-Limit"));
		}
		assertEquals(1, faults.rateLimitRejections());
	}

	@Test
	void configuredRateLimitCountsItsRejectionsAndLetsPatientClientsThrough() throws Exception {
		faults.enforceRateLimit(3, Duration.ofMillis(400));

		int[] statuses = new int[5];
		for (int i = 0; i < statuses.length; i++) {
			try (Response response = session.call("GET", coursePath)) {
				statuses[i] = response.code();
			}
		}
		Thread.sleep(450);
		try (Response response = session.call("GET", coursePath)) {
			assertEquals(200, response.code(), "the window has moved on");
		}

		assertArrayEquals(new int[] { 200, 200, 200, 429, 429 }, statuses);
		assertEquals(2, faults.rateLimitRejections());
		assertEquals(2, session.emulator.requestLog().countStatus(429));
		faults.stopEnforcingRateLimit();
		for (int i = 0; i < 10; i++) {
			try (Response response = session.call("GET", coursePath)) {
				assertEquals(200, response.code());
			}
		}
	}

	@Test
	void serverErrorsAnswerTheConfiguredStatus() throws Exception {
		faults.serverErrors(2, 503);

		for (int i = 0; i < 2; i++) {
			try (Response response = session.call("GET", coursePath)) {
				assertEquals(503, response.code());
				assertEquals(503, JsonParser.parseString(response.body().string()).getAsJsonObject().get("code")
						.getAsInt());
			}
		}
		try (Response response = session.call("GET", coursePath)) {
			assertEquals(200, response.code());
		}
	}

	@Test
	void malformedJsonCannotBeParsed() throws Exception {
		faults.malformedJson(1);

		try (Response response = session.call("GET", coursePath + "/students")) {
			assertEquals(200, response.code());
			String body = response.body().string();
			assertThrows(JsonParseException.class, () -> JsonParser.parseString(body), body);
		}
		assertTrue(session.get(coursePath + "/students").isJsonArray());
	}

	@Test
	void slowArchiveBodyArrivesAtTheConfiguredRate() throws Exception {
		String url = session.exportUrl(courseId, "lti");
		int size = session.download(url).length;
		faults.throttleArchive(size * 2L);

		long start = System.nanoTime();
		byte[] slow = session.download(url);
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertEquals(size, slow.length);
		assertTrue(millis >= 250, "took " + millis + " ms for half a second's worth");
	}

	@Test
	void htmlPageInsteadOfTheFile() throws Exception {
		String url = session.exportUrl(courseId, "workdata");
		faults.htmlInsteadOfArchive(1);

		try (Response response = session.fetch(new Request.Builder().url(url).build())) {
			assertEquals(200, response.code());
			assertTrue(response.header("Content-Type").startsWith("text/html"));
			assertTrue(response.body().string().startsWith("<!DOCTYPE html>"));
		}
		try (Response response = session.fetch(new Request.Builder().url(url).build())) {
			assertEquals("application/zip", response.header("Content-Type"));
		}
	}

	@Test
	void expiredLinksAnswerS3Errors() throws Exception {
		String url = session.exportUrl(courseId, "workdata");

		faults.expireArchiveLinks(403);
		try (Response response = session.fetch(new Request.Builder().url(url).build())) {
			assertEquals(403, response.code());
			assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>",
					response.body().string());
		}
		for (int status : new int[] { 404, 410 }) {
			faults.expireArchiveLinks(status);
			try (Response response = session.fetch(new Request.Builder().url(url).build())) {
				assertEquals(status, response.code());
			}
		}
		faults.reset();
		assertTrue(session.download(url).length > 0);
	}

	@Test
	void ignoredRangeAnswersTheWholeFile() throws Exception {
		String url = session.exportUrl(courseId, "workdata");
		byte[] whole = session.download(url);
		faults.ignoreRange(true);

		try (Response response = session
				.fetch(new Request.Builder().url(url).header("Range", "bytes=100-").build())) {
			assertEquals(200, response.code());
			assertEquals(null, response.header("Content-Range"));
			assertArrayEquals(whole, response.body().bytes());
		}
	}
}
