package codio.classdata.api;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Paces requests so that this client never exceeds Codio's documented limit of 50 requests in 10 seconds per
 * organisation: a sliding window of send times; a request that would exceed it waits for the oldest to leave the
 * window. All clients of one organisation in this JVM share one limiter ({@link #forOrganisation(String)}).
 */
public final class RateLimiter {

	public static final int CODIO_REQUESTS_PER_WINDOW = 50;
	public static final Duration CODIO_WINDOW = Duration.ofSeconds(10);
	private static final long MIN_MARGIN_NANOS = Duration.ofMillis(100).toNanos();
	/** Between cancellation checks while waiting. */
	private static final long WAIT_SLICE_NANOS = Duration.ofMillis(50).toNanos();

	private static final Map<String, RateLimiter> BY_ORGANISATION = new ConcurrentHashMap<>();

	private final int maxRequests;
	private final long windowNanos;
	private final LongSupplier nanoClock;
	private final Deque<Long> sendTimes = new ArrayDeque<>();

	public RateLimiter(int maxRequests, Duration window) {
		this(maxRequests, window, System::nanoTime);
	}

	RateLimiter(int maxRequests, Duration window, LongSupplier nanoClock) {
		if (maxRequests <= 0 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A rate limit needs a positive count and window.");
		}
		this.maxRequests = maxRequests;
		// A little longer than the server's window: network jitter must not make two requests look closer
		// together to the server than they were when we sent them.
		this.windowNanos = window.toNanos() + Math.max(MIN_MARGIN_NANOS, window.toNanos() / 20);
		this.nanoClock = nanoClock;
	}

	/** The limiter shared by every client of the organisation with this key (API URL and client id). */
	public static RateLimiter forOrganisation(String organisationKey) {
		return BY_ORGANISATION.computeIfAbsent(organisationKey,
				key -> new RateLimiter(CODIO_REQUESTS_PER_WINDOW, CODIO_WINDOW));
	}

	/**
	 * Waits until one more request fits in the window and books it.
	 *
	 * @param monitor cancels the wait; may be null
	 * @return how long it waited, in nanoseconds
	 * @throws OperationCanceledException when the monitor is cancelled while waiting
	 */
	public long acquire(IProgressMonitor monitor) {
		long waited = 0;
		while (true) {
			long wait = tryBook();
			if (wait == 0) {
				return waited;
			}
			long slice = Math.min(wait, WAIT_SLICE_NANOS);
			sleep(slice);
			waited += slice;
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}

	/** Books a slot and returns 0, or returns how long until one frees up. */
	private synchronized long tryBook() {
		long now = nanoClock.getAsLong();
		while (!sendTimes.isEmpty() && now - sendTimes.peekFirst() >= windowNanos) {
			sendTimes.removeFirst();
		}
		if (sendTimes.size() < maxRequests) {
			sendTimes.addLast(now);
			return 0;
		}
		return Math.max(1, sendTimes.peekFirst() + windowNanos - now);
	}

	private static void sleep(long nanos) {
		try {
			Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}
}
