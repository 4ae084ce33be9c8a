package codio.classdata.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A sliding window of accepted requests: at most {@code limit} in any {@code window}. Refused requests do not
 * count, so a client that waits as told gets through.
 */
final class RateLimitWindow {

	private final int limit;
	private final Duration window;
	private final Deque<Instant> accepted = new ArrayDeque<>();

	RateLimitWindow(int limit, Duration window) {
		if (limit <= 0 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A rate limit needs a positive count and window");
		}
		this.limit = limit;
		this.window = window;
	}

	int limit() {
		return limit;
	}

	/** Counts the request, or answers how long until it would be accepted. */
	synchronized Optional<Duration> tryAcquire(Instant now) {
		Instant windowStart = now.minus(window);
		while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(windowStart)) {
			accepted.pollFirst();
		}
		if (accepted.size() >= limit) {
			return Optional.of(Duration.between(now, accepted.peekFirst().plus(window)));
		}
		accepted.addLast(now);
		return Optional.empty();
	}

	synchronized int remaining() {
		return Math.max(0, limit - accepted.size());
	}
}
