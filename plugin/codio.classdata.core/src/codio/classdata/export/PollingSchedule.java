package codio.classdata.export;

import java.time.Duration;

/**
 * How often to ask Codio whether an export is ready: the first wait, growing by a factor up to a ceiling. The
 * default (1 s up to 10 s) keeps a long export at a few requests a minute, far below Codio's rate limit.
 */
public record PollingSchedule(Duration first, Duration max, double factor) {

	public static final PollingSchedule DEFAULT = new PollingSchedule(Duration.ofSeconds(1), Duration.ofSeconds(10),
			1.5);

	public PollingSchedule {
		if (first.isNegative() || max.compareTo(first) < 0 || factor < 1) {
			throw new IllegalArgumentException("A polling schedule needs 0 <= first <= max and a factor >= 1.");
		}
	}

	/** The wait after {@code previous}. */
	public Duration next(Duration previous) {
		long grown = (long) (previous.toMillis() * factor);
		return Duration.ofMillis(Math.min(Math.max(grown, first.toMillis()), max.toMillis()));
	}
}
