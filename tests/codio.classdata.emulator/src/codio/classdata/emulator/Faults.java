package codio.classdata.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.Buffer;

/**
 * Switches that make the emulator misbehave the ways Codio and its archive host can, for tests of a client's
 * resilience. Counted faults hit the next N requests of their kind ({@link #ALWAYS} for every one); all are off
 * after {@link #reset()}, except the enforcement of Codio's documented rate limit, which is on unless switched
 * off.
 */
public final class Faults {

	/** A count that never runs out. */
	public static final int ALWAYS = Integer.MAX_VALUE;
	/** Codio's documented limit: 50 API requests per 10 seconds per organisation. */
	public static final int CODIO_RATE_LIMIT = 50;
	public static final Duration CODIO_RATE_WINDOW = Duration.ofSeconds(10);

	private final Clock clock;

	private final AtomicInteger tooManyRequests = new AtomicInteger();
	private volatile Duration retryAfter = Duration.ofSeconds(1);
	private volatile boolean dailyLimitExhausted;
	private volatile RateLimitWindow rateLimit;
	private final AtomicInteger rateLimitRejections = new AtomicInteger();
	private final AtomicInteger tooManyRequestsServed = new AtomicInteger();
	private final AtomicInteger serverErrors = new AtomicInteger();
	private volatile int serverErrorStatus = 500;
	private final AtomicInteger malformedJson = new AtomicInteger();

	private final AtomicInteger failingExports = new AtomicInteger();
	private volatile String exportError = ExportTask.BUILD_PROBLEM;

	private final AtomicInteger droppedDownloads = new AtomicInteger();
	private volatile long dropAfterBytes;
	private volatile long archiveBytesPerSecond;
	private final AtomicInteger htmlPages = new AtomicInteger();
	private volatile int expiredLinkStatus;
	private volatile boolean rangeIgnored;

	Faults(Clock clock) {
		this.clock = clock;
		reset();
	}

	/** Switches every fault off, enforces Codio's rate limit again and sets the counters to zero. */
	public void reset() {
		tooManyRequests.set(0);
		retryAfter = Duration.ofSeconds(1);
		dailyLimitExhausted = false;
		rateLimit = new RateLimitWindow(CODIO_RATE_LIMIT, CODIO_RATE_WINDOW);
		rateLimitRejections.set(0);
		tooManyRequestsServed.set(0);
		serverErrors.set(0);
		serverErrorStatus = 500;
		malformedJson.set(0);
		failingExports.set(0);
		exportError = ExportTask.BUILD_PROBLEM;
		droppedDownloads.set(0);
		dropAfterBytes = 0;
		archiveBytesPerSecond = 0;
		htmlPages.set(0);
		expiredLinkStatus = 0;
		rangeIgnored = false;
	}

	// --- API server ---

	/**
	 * The next {@code requests} API requests answer 429 with {@code Retry-After} (whole seconds) and
	 * {@code X-RateLimit-Reset} (epoch seconds), as a burst over Codio's limit does.
	 */
	public void tooManyRequests(int requests, Duration retryAfter) {
		this.retryAfter = retryAfter;
		tooManyRequests.set(requests);
	}

	/** Every API request answers 429 with {@code X-RateLimit-DailyLimit-Remaining: 0} until {@link #reset()}. */
	public void exhaustDailyLimit() {
		dailyLimitExhausted = true;
	}

	/**
	 * Answers 429 to API requests beyond {@code requests} in any {@code window}, as Codio does per organisation
	 * (on by default with {@link #CODIO_RATE_LIMIT} per {@link #CODIO_RATE_WINDOW}).
	 */
	public void enforceRateLimit(int requests, Duration window) {
		rateLimit = new RateLimitWindow(requests, window);
	}

	/** Lets any number of API requests through, e.g. for a benchmark that is not about rate limits. */
	public void stopEnforcingRateLimit() {
		rateLimit = null;
	}

	/** How many requests the enforced rate limit refused: a well-behaved client causes none. */
	public int rateLimitRejections() {
		return rateLimitRejections.get();
	}

	/** Every 429 answered, whether by the enforced limit or by {@link #tooManyRequests} and the daily limit. */
	public int tooManyRequestsServed() {
		return tooManyRequestsServed.get();
	}

	/** The next {@code requests} API requests answer {@code status}, e.g. 500, 502 or 503. */
	public void serverErrors(int requests, int status) {
		if (status < 500 || status > 599) {
			throw new IllegalArgumentException("Not a server error status: " + status);
		}
		serverErrorStatus = status;
		serverErrors.set(requests);
	}

	/** The next {@code answers} successful API answers carry a truncated, unparseable JSON body. */
	public void malformedJson(int answers) {
		malformedJson.set(answers);
	}

	/** The next {@code exports} started fail: done, with {@code error} instead of a link. */
	public void failExports(int exports, String error) {
		exportError = error;
		failingExports.set(exports);
	}

	// --- archive host ---

	/**
	 * The next {@code downloads} file downloads end after {@code afterBytes} bytes: the connection closes although
	 * {@code Content-Length} promised more.
	 */
	public void dropArchiveConnections(int downloads, long afterBytes) {
		dropAfterBytes = afterBytes;
		droppedDownloads.set(downloads);
	}

	/** File bodies arrive at this many bytes per second; 0 for full speed. */
	public void throttleArchive(long bytesPerSecond) {
		archiveBytesPerSecond = Math.max(0, bytesPerSecond);
	}

	/** The next {@code downloads} answer 200 with an HTML error page instead of the file. */
	public void htmlInsteadOfArchive(int downloads) {
		htmlPages.set(downloads);
	}

	/**
	 * Every link fails as an expired pre-signed link does: 403 with S3's {@code AccessDenied} XML, or 404 or 410
	 * for a file already removed. 0 switches it off.
	 */
	public void expireArchiveLinks(int status) {
		if (status != 0 && status != 403 && status != 404 && status != 410) {
			throw new IllegalArgumentException("Expired links answer 403, 404 or 410, not " + status);
		}
		expiredLinkStatus = status;
	}

	/** The archive host ignores {@code Range} and answers 200 with the whole file. */
	public void ignoreRange(boolean ignore) {
		rangeIgnored = ignore;
	}

	// --- used by the emulator ---

	/** The refusal of an API request by a rate limit or a server error, if any applies. */
	Optional<MockResponse> refuseApiRequest() {
		Instant now = clock.instant();
		if (dailyLimitExhausted) {
			Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay()
					.toInstant(ZoneOffset.UTC);
			return Optional.of(tooMany("Daily API limit exceeded", Duration.between(now, midnight),
					Map.of("X-RateLimit-DailyLimit-Remaining", "0")));
		}
		if (consume(tooManyRequests)) {
			return Optional.of(tooMany("Too many requests", retryAfter, Map.of()));
		}
		RateLimitWindow window = rateLimit;
		if (window != null) {
			Optional<Duration> wait = window.tryAcquire(now);
			if (wait.isPresent()) {
				rateLimitRejections.incrementAndGet();
				return Optional.of(tooMany("Rate limit exceeded", wait.get(),
						Map.of("X-RateLimit-Limit", String.valueOf(window.limit()), "X-RateLimit-Remaining", "0")));
			}
		}
		if (consume(serverErrors)) {
			int status = serverErrorStatus;
			return Optional.of(JsonResponses.error(status, status == 503 ? "Service temporarily unavailable"
					: status == 502 ? "Bad gateway" : "Internal server error"));
		}
		return Optional.empty();
	}

	private MockResponse tooMany(String message, Duration wait, Map<String, String> headers) {
		tooManyRequestsServed.incrementAndGet();
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		MockResponse.Builder builder = JsonResponses.error(429, message).newBuilder()
				.setHeader("Retry-After", seconds)
				.setHeader("X-RateLimit-Reset", clock.instant().getEpochSecond() + seconds);
		headers.forEach(builder::setHeader);
		return builder.build();
	}

	/** The answer as is, or with its JSON cut in half while the malformed-JSON fault lasts. */
	MockResponse garble(MockResponse answer) {
		if (answer.getCode() / 100 != 2 || !consume(malformedJson)) {
			return answer;
		}
		String json = "";
		MockResponseBody body = answer.getBody();
		if (body != null) {
			Buffer buffer = new Buffer();
			try {
				body.writeTo(buffer);
			} catch (java.io.IOException e) {
				throw new IllegalStateException("An in-memory body cannot fail", e);
			}
			json = buffer.readUtf8();
		}
		return answer.newBuilder().body(json.length() < 2 ? "{\"" : json.substring(0, json.length() / 2)).build();
	}

	/** The error the next started export fails with, if the fault lasts. */
	Optional<String> nextExportFailure() {
		return consume(failingExports) ? Optional.of(exportError) : Optional.empty();
	}

	/** After how many bytes this download's connection drops, or -1 for none. */
	long nextDropAfterBytes() {
		return consume(droppedDownloads) ? dropAfterBytes : -1;
	}

	long archiveBytesPerSecond() {
		return archiveBytesPerSecond;
	}

	boolean nextHtmlInsteadOfArchive() {
		return consume(htmlPages);
	}

	int expiredLinkStatus() {
		return expiredLinkStatus;
	}

	boolean rangeIgnored() {
		return rangeIgnored;
	}

	/** Takes one from a fault's count; true if there was one to take. */
	private static boolean consume(AtomicInteger count) {
		return count.getAndUpdate(n -> n > 0 && n != ALWAYS ? n - 1 : n) > 0;
	}
}
