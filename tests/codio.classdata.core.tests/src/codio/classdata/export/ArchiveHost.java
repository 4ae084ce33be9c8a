package codio.classdata.export;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

/**
 * A stand-in for Codio's archive host serving one file, with the misbehaviour a test asks for: a connection that
 * drops half-way, Range ignored, an expired-link answer, an HTML page, a slow body.
 */
final class ArchiveHost implements AutoCloseable {

	final byte[] content;
	final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
	volatile boolean rangeSupported = true;
	/** Drop the connection half-way through the body, for the next {@code drops} responses. */
	final AtomicInteger drops = new AtomicInteger();
	volatile int status = 200;
	volatile String contentType = "application/zip";
	volatile byte[] bodyOverride;
	volatile long bytesPerSecond = -1;
	private final MockWebServer server = new MockWebServer();

	ArchiveHost(int size, long seed) throws IOException {
		content = new byte[size];
		new Random(seed).nextBytes(content);
		content[0] = 'P';
		content[1] = 'K';
		content[2] = 3;
		content[3] = 4;
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				requests.add(request);
				return answer(request);
			}
		});
		server.start(InetAddress.getLoopbackAddress(), 0);
	}

	String url(String name) {
		return server.url("/temporary/" + name).toString();
	}

	private MockResponse answer(RecordedRequest request) {
		if (status != 200) {
			return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/xml")
					.body("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>").build();
		}
		if (bodyOverride != null) {
			return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType)
					.body(new okio.Buffer().write(bodyOverride)).build();
		}
		long offset = 0;
		String range = request.getHeaders().get("Range");
		if (rangeSupported && range != null && range.startsWith("bytes=") && range.endsWith("-")) {
			offset = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
		}
		boolean drop = drops.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
		MockResponse.Builder response = new MockResponse.Builder()
				.code(offset > 0 ? 206 : 200)
				.setHeader("Content-Type", contentType)
				.setHeader("Accept-Ranges", rangeSupported ? "bytes" : "none")
				.body(new SliceBody(content, (int) offset));
		if (drop) {
			// mockwebserver fires this half-way through the body: the client sees the connection close early.
			response.onResponseBody(new SocketEffect.CloseSocket(true, false, false));
		}
		if (offset > 0) {
			response.setHeader("Content-Range", "bytes " + offset + "-" + (content.length - 1) + "/" + content.length);
		}
		if (bytesPerSecond > 0) {
			response.throttleBody(bytesPerSecond / 10, 100, TimeUnit.MILLISECONDS);
		}
		return response.build();
	}

	@Override
	public void close() {
		server.close();
	}

	/** The file from an offset. */
	private static final class SliceBody implements MockResponseBody {

		private final byte[] content;
		private final int offset;

		SliceBody(byte[] content, int offset) {
			this.content = content;
			this.offset = offset;
		}

		@Override
		public long getContentLength() {
			return content.length - offset;
		}

		@Override
		public void writeTo(BufferedSink sink) throws IOException {
			sink.write(content, offset, content.length - offset);
		}
	}
}
