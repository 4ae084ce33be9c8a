package codio.classdata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/** Rate limits, retries and typed errors of the API client, against a scripted server. */
class ApiTransportTest {

	private static final String SECRET = "very-secret-value-9182";
	private final MockWebServer server = new MockWebServer();
	private final ConcurrentLinkedQueue<MockResponse> script = new ConcurrentLinkedQueue<>();
	private final List<RecordedRequest> apiRequests = Collections.synchronizedList(new ArrayList<>());
	private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
	private final ILogListener logListener = (IStatus status, String plugin) -> logged.add(status.toString()
			+ (status.getException() == null ? "" : status.getException().toString()));

	@BeforeEach
	void start() throws Exception {
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getUrl().encodedPath().endsWith("/token")) {
					return json(200, "{\"access_token\":\"tok-123456\",\"expires_in\":3600}");
				}
				apiRequests.add(request);
				MockResponse next = script.poll();
				return next != null ? next : json(200, "{\"courses\":[]}");
			}
		});
		server.start(InetAddress.getLoopbackAddress(), 0);
		Platform.addLogListener(logListener);
	}

	@AfterEach
	void stop() {
		Platform.removeLogListener(logListener);
		server.close();
		for (String entry : logged) {
			assertFalse(entry.contains(SECRET) || entry.contains("tok-123456"), "secret in the log: " + entry);
		}
	}

	private CodioClient client(RateLimiter limiter) {
		CodioEndpoints endpoints = new CodioEndpoints(server.url("/api/v1").toString(),
				server.url("/oauth/api/v1").toString());
		return new CodioClient(endpoints, new ClientCredentials("client", SECRET), AccessTokenStore.inMemory(),
				new OkHttpClient(), Clock.systemUTC(), limiter);
	}

	private static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body)
				.build();
	}

	private static MockResponse tooMany(String header, String value) {
		return new MockResponse.Builder().code(429).setHeader(header, value).body("{\"error\":\"Too many requests\"}")
				.build();
	}

	@Test
	void waitsAsRetryAfterSaysAndThenSucceeds() throws Exception {
		script.add(tooMany("Retry-After", "1"));
		script.add(tooMany("X-RateLimit-Reset", String.valueOf(Clock.systemUTC().instant().getEpochSecond() + 1)));
		long started = System.nanoTime();

		client(new RateLimiter(50, Duration.ofSeconds(10))).listCourses(CourseFilter.ALL);

		assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 900, "waited for the reset");
		assertEquals(3, apiRequests.size());
	}

	@Test
	void givesUpAfterFiveRateLimitedTries() {
		for (int i = 0; i < 10; i++) {
			script.add(tooMany("Retry-After", "0"));
		}

		CodioApiException error = assertThrows(CodioApiException.class,
				() -> client(new RateLimiter(50, Duration.ofSeconds(10))).listCourses(CourseFilter.ALL));

		assertEquals(ErrorKind.RATE_LIMITED, error.kind());
		assertEquals(ApiTransport.MAX_RATE_LIMITED_TRIES, apiRequests.size());
	}

	@Test
	void exhaustedDailyLimitFailsAtOnceWithoutRetrying() {
		script.add(tooMany("X-RateLimit-DailyLimit-Remaining", "0"));

		CodioApiException error = assertThrows(CodioApiException.class,
				() -> client(new RateLimiter(50, Duration.ofSeconds(10))).listCourses(CourseFilter.ALL));

		assertEquals(ErrorKind.RATE_LIMITED, error.kind());
		assertTrue(error.getMessage().contains("for today"), error.getMessage());
		assertEquals(1, apiRequests.size());
	}

	@Test
	void eachHttpFailureHasItsKind() {
		int[] statuses = { 403, 404, 412, 415, 500, 503 };
		ErrorKind[] kinds = { ErrorKind.ACCESS_DENIED, ErrorKind.NOT_FOUND, ErrorKind.PRECONDITION_FAILED,
				ErrorKind.UNSUPPORTED_MEDIA_TYPE, ErrorKind.SERVER, ErrorKind.SERVER };
		CodioClient client = client(new RateLimiter(50, Duration.ofSeconds(10)));
		for (int i = 0; i < statuses.length; i++) {
			script.add(json(statuses[i], "{\"error\":\"reason " + statuses[i] + "\"}"));
			CodioApiException error = assertThrows(CodioApiException.class, () -> client.getCourse("c1"));
			assertEquals(kinds[i], error.kind(), error.getMessage());
			assertEquals(statuses[i], error.httpStatus());
			assertTrue(error.getMessage().contains("reason " + statuses[i]), error.getMessage());
			assertFalse(error.getMessage().contains(SECRET));
		}
	}

	@Test
	void malformedJsonIsABadResponse() {
		script.add(json(200, "{\"courses\": [ this is not json"));

		CodioApiException error = assertThrows(CodioApiException.class,
				() -> client(new RateLimiter(50, Duration.ofSeconds(10))).listCourses(CourseFilter.ALL));

		assertEquals(ErrorKind.BAD_RESPONSE, error.kind());
	}

	@Test
	void accessAndLtiExportsMissingFromTheServerSayWhereToGetThem() {
		script.add(json(404, "{\"error\":\"Not found\"}"));
		script.add(json(405, "{\"error\":\"Method not allowed\"}"));
		CodioClient client = client(new RateLimiter(50, Duration.ofSeconds(10)));

		ExportNotOfferedException access = assertThrows(ExportNotOfferedException.class,
				() -> client.startExport("c1", ExportKind.ACCESS, null));
		ExportNotOfferedException lti = assertThrows(ExportNotOfferedException.class,
				() -> client.startExport("c1", ExportKind.LTI, null));

		assertEquals(ErrorKind.NOT_OFFERED, access.kind());
		assertTrue(access.getMessage().contains("Course Access Data"), access.getMessage());
		assertTrue(access.getMessage().contains("can open the downloaded file"), access.getMessage());
		assertTrue(lti.getMessage().contains("Assignment URLs"), lti.getMessage());
	}

	@Test
	void theLimiterKeepsEveryWindowWithinTheLimit() {
		RateLimiter limiter = new RateLimiter(5, Duration.ofMillis(300));
		List<Long> sent = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < 16; i++) {
			limiter.acquire(null);
			sent.add(System.nanoTime());
		}
		assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 900, "16 requests need 3 waits");
		for (int i = 5; i < sent.size(); i++) {
			assertTrue(sent.get(i) - sent.get(i - 5) >= Duration.ofMillis(300).toNanos(),
					"request " + i + " came too soon after request " + (i - 5));
		}
	}

	@Test
	void cancellingTheMonitorStopsARateLimitWait() {
		script.add(tooMany("Retry-After", "30"));
		NullProgressMonitor monitor = new NullProgressMonitor();
		new Thread(() -> {
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			monitor.setCanceled(true);
		}).start();
		long started = System.nanoTime();

		assertThrows(OperationCanceledException.class,
				() -> client(new RateLimiter(50, Duration.ofSeconds(10))).listCourses(CourseFilter.ALL, monitor));

		assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "cancel ends the wait at once");
	}
}
