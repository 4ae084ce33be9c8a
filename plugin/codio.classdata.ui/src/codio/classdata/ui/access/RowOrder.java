package codio.classdata.ui.access;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Sorts row indexes by per-row keys with a primitive sort: each row becomes one long holding its key (less the
 * smallest) above its index, so a million rows sort in a fraction of a second without boxing. Stable: equal keys
 * keep file order. Keys too wide for that packing fall back to a boxed sort.
 */
final class RowOrder {

	private RowOrder() {
	}

	static int[] sort(int[] rows, long[] keys, boolean ascending) {
		if (rows.length == 0) {
			return rows;
		}
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		int maxRow = 0;
		for (int row : rows) {
			min = Math.min(min, keys[row]);
			max = Math.max(max, keys[row]);
			maxRow = Math.max(maxRow, row);
		}
		int rowBits = 32 - Integer.numberOfLeadingZeros(maxRow);
		int[] sorted = max - min >= 0 && ((max - min) >>> (63 - rowBits)) == 0 ? packed(rows, keys, min, rowBits)
				: boxed(rows, keys);
		if (!ascending) {
			reverseKeepingTies(sorted, keys);
		}
		return sorted;
	}

	private static int[] packed(int[] rows, long[] keys, long min, int rowBits) {
		long[] packed = new long[rows.length];
		for (int i = 0; i < rows.length; i++) {
			packed[i] = ((keys[rows[i]] - min) << rowBits) | rows[i];
		}
		Arrays.sort(packed);
		long mask = (1L << rowBits) - 1;
		int[] sorted = new int[rows.length];
		for (int i = 0; i < packed.length; i++) {
			sorted[i] = (int) (packed[i] & mask);
		}
		return sorted;
	}

	private static int[] boxed(int[] rows, long[] keys) {
		Integer[] boxed = Arrays.stream(rows).boxed().toArray(Integer[]::new);
		Arrays.sort(boxed, Comparator.<Integer>comparingLong(row -> keys[row]).thenComparingInt(row -> row));
		return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
	}

	/** Descending by key, but rows with equal keys still in file order. */
	private static void reverseKeepingTies(int[] sorted, long[] keys) {
		for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
			int swap = sorted[i];
			sorted[i] = sorted[j];
			sorted[j] = swap;
		}
		int start = 0;
		for (int i = 1; i <= sorted.length; i++) {
			if (i == sorted.length || keys[sorted[i]] != keys[sorted[start]]) {
				for (int a = start, b = i - 1; a < b; a++, b--) {
					int swap = sorted[a];
					sorted[a] = sorted[b];
					sorted[b] = swap;
				}
				start = i;
			}
		}
	}
}
