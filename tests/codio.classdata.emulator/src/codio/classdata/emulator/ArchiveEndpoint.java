package codio.classdata.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The archive host's {@code GET /temporary/{fileName}} (and {@code HEAD}): serves export files like S3 serves
 * Codio's pre-signed links, with {@code Content-Length}, {@code ETag}, byte ranges ({@code 206}), S3's XML errors,
 * and the archive faults of {@link Faults}. It needs no {@code Authorization}: the link is the permission.
 */
final class ArchiveEndpoint implements EndpointFamily {

	private static final Pattern BYTE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

	private final EmulatorState state;

	ArchiveEndpoint(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() != 2 || !path.get(0).equals("temporary")) {
			return Optional.empty();
		}
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			return Optional.of(s3Error(405, "MethodNotAllowed",
					"The specified method is not allowed against this resource."));
		}
		Faults faults = state.faults();
		int expired = faults.expiredLinkStatus();
		if (expired != 0) {
			return Optional.of(expired == 403 ? s3Error(403, "AccessDenied", "Request has expired")
					: s3Error(expired, "NoSuchKey", "The specified key does not exist."));
		}
		ArchiveStore archives = state.archives();
		Optional<ArchiveStore.Published> published = archives.find(path.get(1));
		if (published.isEmpty()) {
			return Optional.of(noSuchKey());
		}
		if (archives.hasExpired(published.get())) {
			return Optional.of(s3Error(403, "AccessDenied", "Request has expired"));
		}
		if (faults.nextHtmlInsteadOfArchive()) {
			return Optional.of(htmlErrorPage());
		}
		try {
			return Optional.of(serve(request, published.get(), archives.file(published.get())));
		} catch (IOException e) {
			return Optional.of(s3Error(500, "InternalError", "We encountered an internal error. Please try again."));
		}
	}

	private MockResponse serve(RecordedRequest request, ArchiveStore.Published published, Path file)
			throws IOException {
		Faults faults = state.faults();
		long size = Files.size(file);
		String etag = "\"" + DemoData.idOf(published.content().key() + "/" + size) + "\"";
		MockResponse.Builder answer = new MockResponse.Builder()
				.setHeader("Content-Type", published.content().contentType())
				.setHeader("Accept-Ranges", faults.rangeIgnored() ? "none" : "bytes")
				.setHeader("ETag", etag)
				.setHeader("Last-Modified",
						DateTimeFormatter.RFC_1123_DATE_TIME.format(published.created().atOffset(ZoneOffset.UTC)));
		long start = 0;
		long length = size;
		String range = request.getHeaders().get("Range");
		String ifRange = request.getHeaders().get("If-Range");
		Matcher matcher = range == null ? null : BYTE_RANGE.matcher(range.strip());
		if (matcher != null && matcher.matches() && !faults.rangeIgnored()
				&& (ifRange == null || ifRange.equals(etag))
				&& !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
			if (matcher.group(1).isEmpty()) {
				length = Math.min(size, Long.parseLong(matcher.group(2)));
				start = size - length;
				if (length == 0) {
					return unsatisfiableRange(size);
				}
			} else {
				start = Long.parseLong(matcher.group(1));
				long end = matcher.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(matcher.group(2)));
				if (start >= size || end < start) {
					return unsatisfiableRange(size);
				}
				length = end - start + 1;
			}
			answer.status("HTTP/1.1 206 Partial Content")
					.setHeader("Content-Range", "bytes " + start + "-" + (start + length - 1) + "/" + size);
		} else {
			answer.code(200);
		}
		if (request.getMethod().equals("HEAD")) {
			return answer.setHeader("Content-Length", length).build();
		}
		answer.body(new FileBody(file, start, length, faults.nextDropAfterBytes()));
		long bytesPerSecond = faults.archiveBytesPerSecond();
		if (bytesPerSecond > 0) {
			// Ten steps a second keep a throttled download smooth rather than bursty.
			answer.throttleBody(Math.max(1, bytesPerSecond / 10), 100, TimeUnit.MILLISECONDS);
		}
		return answer.build();
	}

	private static MockResponse unsatisfiableRange(long size) {
		return s3Error(416, "InvalidRange", "The requested range is not satisfiable").newBuilder()
				.status("HTTP/1.1 416 Requested Range Not Satisfiable").setHeader("Content-Range", "bytes */" + size)
				.build();
	}

	/** S3's answer for a file it does not have. */
	static MockResponse noSuchKey() {
		return s3Error(404, "NoSuchKey", "The specified key does not exist.");
	}

	/** The XML error body S3 answers pre-signed links with. */
	private static MockResponse s3Error(int status, String code, String message) {
		return new MockResponse.Builder().code(status)
				.setHeader("Content-Type", "application/xml")
				.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
						+ "</Message></Error>")
				.build();
	}

	/** What a proxy or captive portal answers instead of the file: a page, with 200. */
	private static MockResponse htmlErrorPage() {
		return new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "text/html; charset=utf-8")
				.body("""
						<!DOCTYPE html>
						<html><head><title>Service Unavailable</title></head>
						<body><h1>Something went wrong</h1>
						<p>The file could not be delivered. Please try again later.</p></body></html>
						""")
				.build();
	}
}
