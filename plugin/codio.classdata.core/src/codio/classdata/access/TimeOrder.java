package codio.classdata.access;

import java.util.Arrays;

/**
 * The rows of a log in time order (file order among equal times). Codio writes its files in time order, which is
 * checked in one pass and then costs nothing; otherwise the rows are sorted once by packed (time, row) keys.
 * Walking rows in this order reads the columns front to back, which is several times faster than hopping between
 * one person's scattered rows.
 */
final class TimeOrder {

	private final int[] rows; // null: file order is time order

	private TimeOrder(int[] rows) {
		this.rows = rows;
	}

	static TimeOrder of(AccessLog log) {
		int size = log.size();
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		boolean sorted = true;
		for (int row = 0; row < size; row++) {
			long time = log.epochMilli(row);
			sorted &= row == 0 || log.epochMilli(row - 1) <= time;
			min = Math.min(min, time);
			max = Math.max(max, time);
		}
		if (sorted) {
			return new TimeOrder(null);
		}
		int rowBits = 64 - Long.numberOfLeadingZeros(size);
		if (max - min >= 0 && 64 - Long.numberOfLeadingZeros(max - min) + rowBits <= 63) {
			long[] keys = new long[size];
			for (int row = 0; row < size; row++) {
				keys[row] = (log.epochMilli(row) - min) << rowBits | row;
			}
			Arrays.sort(keys);
			int[] rows = new int[size];
			long mask = (1L << rowBits) - 1;
			for (int i = 0; i < size; i++) {
				rows[i] = (int) (keys[i] & mask);
			}
			return new TimeOrder(rows);
		}
		// Times spread over millennia: rare enough for a boxed sort.
		Integer[] boxed = new Integer[size];
		for (int row = 0; row < size; row++) {
			boxed[row] = row;
		}
		Arrays.sort(boxed, (a, b) -> Long.compare(log.epochMilli(a), log.epochMilli(b)));
		return new TimeOrder(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
	}

	/** The row at a position of the time order. */
	int row(int position) {
		return rows == null ? position : rows[position];
	}
}
