package codio.classdata.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * The download sockets read in large chunks with okio's per-read timeout off: the bytes must still arrive exactly,
 * and a host that stops sending must still fail the read, after the sockets' own timeout.
 */
class DownloadSocketsTest {

	private MockWebServer server;
	private OkHttpClient client;

	@BeforeEach
	void start() throws IOException {
		server = new MockWebServer();
		server.start();
		client = new OkHttpClient.Builder().readTimeout(Duration.ZERO)
				.socketFactory(new DownloadSockets(Duration.ofMillis(400))).build();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aLargeBodyArrivesByteForByte() throws IOException {
		byte[] body = new byte[3 * DownloadSockets.READ_BUFFER_BYTES + 12345];
		new Random(7).nextBytes(body);
		server.enqueue(new MockResponse.Builder().body(new Buffer().write(body)).build());

		try (Response response = client.newCall(new Request.Builder().url(server.url("/f.zip")).build()).execute()) {
			assertArrayEquals(body, response.body().bytes());
		}
	}

	@Test
	void aHostThatStopsSendingFailsTheReadAfterTheSocketsOwnTimeout() throws IOException {
		byte[] body = new byte[100_000];
		server.enqueue(new MockResponse.Builder().body(new Buffer().write(body))
				.throttleBody(1000, 30, TimeUnit.SECONDS).build());

		long started = System.nanoTime();
		try (Response response = client.newCall(new Request.Builder().url(server.url("/f.zip")).build()).execute()) {
			assertThrows(SocketTimeoutException.class, () -> response.body().bytes());
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertTrue(millis < 10_000, "timed out after " + millis + " ms, not the 30 s the host would wait");
	}
}
