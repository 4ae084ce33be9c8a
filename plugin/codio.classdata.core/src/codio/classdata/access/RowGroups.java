package codio.classdata.access;

import java.util.Arrays;

/**
 * Rows grouped by the code of one column (a user, an IP), each group in time order (file order among equal times):
 * what session pairing and the flags walk. A counting sort keeps it linear; a group is sorted only when the file
 * was not already in time order for it.
 */
final class RowGroups {

	private final int[] rows;
	private final int[] starts;

	private RowGroups(int[] rows, int[] starts) {
		this.rows = rows;
		this.starts = starts;
	}

	static RowGroups of(AccessLog log, StringColumn key, RowFilter include) {
		int groups = key.distinctValues();
		int[] starts = new int[groups + 1];
		int size = log.size();
		for (int row = 0; row < size; row++) {
			if (include.test(row)) {
				starts[key.code(row) + 1]++;
			}
		}
		for (int g = 0; g < groups; g++) {
			starts[g + 1] += starts[g];
		}
		int[] next = Arrays.copyOf(starts, groups);
		int[] rows = new int[starts[groups]];
		for (int row = 0; row < size; row++) {
			if (include.test(row)) {
				rows[next[key.code(row)]++] = row;
			}
		}
		for (int g = 0; g < groups; g++) {
			sortByTime(log, rows, starts[g], starts[g + 1]);
		}
		return new RowGroups(rows, starts);
	}

	private static void sortByTime(AccessLog log, int[] rows, int from, int to) {
		boolean sorted = true;
		for (int i = from + 1; i < to && sorted; i++) {
			sorted = log.epochMilli(rows[i - 1]) <= log.epochMilli(rows[i]);
		}
		if (sorted) {
			return;
		}
		Integer[] boxed = new Integer[to - from];
		for (int i = from; i < to; i++) {
			boxed[i - from] = rows[i];
		}
		// Stable, so rows with equal times keep file order (a Log In before the Project Open logged the same second).
		Arrays.sort(boxed, (a, b) -> Long.compare(log.epochMilli(a), log.epochMilli(b)));
		for (int i = from; i < to; i++) {
			rows[i] = boxed[i - from];
		}
	}

	int groupCount() {
		return starts.length - 1;
	}

	int start(int group) {
		return starts[group];
	}

	int end(int group) {
		return starts[group + 1];
	}

	int row(int position) {
		return rows[position];
	}

	int[] rows() {
		return rows;
	}
}
