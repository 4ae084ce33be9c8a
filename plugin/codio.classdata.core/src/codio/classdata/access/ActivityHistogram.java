package codio.classdata.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Events per day or per hour (in a zone's local time), for the whole log or the rows a {@link RowFilter} selects
 * (a student, a unit): the Activity chart's data. Buckets run without gaps from the first event's to the last
 * event's, so empty days show as zero.
 */
public final class ActivityHistogram {

	private final TimeStep step;
	private final long firstKey;
	private final int[] counts;
	private final int total;

	private ActivityHistogram(TimeStep step, long firstKey, int[] counts, int total) {
		this.step = step;
		this.firstKey = firstKey;
		this.counts = counts;
		this.total = total;
	}

	/** Counts every row. */
	public static ActivityHistogram of(AccessLog log, TimeStep step, ZoneId zone) {
		return of(log, step, zone, RowFilter.ALL);
	}

	public static ActivityHistogram of(AccessLog log, TimeStep step, ZoneId zone, RowFilter filter) {
		LocalKeys keys = new LocalKeys(zone.getRules(), step);
		long[] rowKeys = new long[log.size()];
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		int total = 0;
		for (int row = 0; row < log.size(); row++) {
			if (!filter.test(row)) {
				rowKeys[row] = Long.MIN_VALUE;
				continue;
			}
			long key = keys.of(log.epochMilli(row));
			rowKeys[row] = key;
			min = Math.min(min, key);
			max = Math.max(max, key);
			total++;
		}
		if (total == 0) {
			return new ActivityHistogram(step, 0, new int[0], 0);
		}
		if (max - min >= Integer.MAX_VALUE / 2) {
			throw new IllegalArgumentException("the log spans too long a time for " + step + " buckets");
		}
		int[] counts = new int[(int) (max - min + 1)];
		for (long key : rowKeys) {
			if (key != Long.MIN_VALUE) {
				counts[(int) (key - min)]++;
			}
		}
		return new ActivityHistogram(step, min, counts, total);
	}

	public TimeStep step() {
		return step;
	}

	/** How many buckets (0 when no row was counted). */
	public int size() {
		return counts.length;
	}

	public int count(int bucket) {
		return counts[bucket];
	}

	/** The local start of a bucket: midnight for days, the full hour for hours. */
	public LocalDateTime start(int bucket) {
		long key = firstKey + bucket;
		return step == TimeStep.DAY ? LocalDate.ofEpochDay(key).atStartOfDay()
				: LocalDate.ofEpochDay(Math.floorDiv(key, 24)).atTime(Math.floorMod(key, 24), 0);
	}

	/** The largest bucket, for scaling a chart. */
	public int max() {
		int max = 0;
		for (int count : counts) {
			max = Math.max(max, count);
		}
		return max;
	}

	/** How many rows were counted. */
	public int total() {
		return total;
	}

	/**
	 * Local day or hour numbers of instants; remembers the offset's validity span so that a million lookups cost a
	 * few zone-rule queries, not a million.
	 */
	private static final class LocalKeys {

		private final ZoneRules rules;
		private final TimeStep step;
		private long validFrom = Long.MAX_VALUE;
		private long validUntil = Long.MIN_VALUE;
		private long offsetMillis;

		LocalKeys(ZoneRules rules, TimeStep step) {
			this.rules = rules;
			this.step = step;
		}

		long of(long epochMilli) {
			if (epochMilli < validFrom || epochMilli >= validUntil) {
				Instant instant = Instant.ofEpochMilli(epochMilli);
				ZoneOffset offset = rules.getOffset(instant);
				offsetMillis = offset.getTotalSeconds() * 1000L;
				ZoneOffsetTransition previous = rules.previousTransition(instant.plusMillis(1));
				ZoneOffsetTransition next = rules.nextTransition(instant);
				validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond() * 1000L;
				validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000L;
			}
			long local = epochMilli + offsetMillis;
			return step == TimeStep.DAY ? Math.floorDiv(local, 86_400_000L) : Math.floorDiv(local, 3_600_000L);
		}
	}
}
