package codio.classdata.access;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches of a time-ordered group of rows (one IP's, one student's) where at least {@code threshold}
 * distinct keys (students, IPs) occur within {@code window}. Overlapping qualifying windows merge into one stretch,
 * so a busy afternoon is one flag, not hundreds.
 */
final class WindowClusters {

	/** The key of a row, or -1 to leave it out (a blank IP). */
	interface Key {
		int of(int row);
	}

	private final AccessLog log;
	private final Key key;
	private final long windowMillis;
	private final int threshold;
	private final int[] counts;

	WindowClusters(AccessLog log, Key key, int keyCount, long windowMillis, int threshold) {
		this.log = log;
		this.key = key;
		this.windowMillis = windowMillis;
		this.threshold = threshold;
		this.counts = new int[keyCount];
	}

	/** The stretches in {@code rows[from..to)}, each as its rows (those with a key) in time order. */
	List<int[]> find(int[] rows, int from, int to) {
		List<int[]> clusters = new ArrayList<>();
		int distinct = 0;
		int left = from;
		int clusterStart = -1;
		int clusterEnd = -1;
		for (int right = from; right < to; right++) {
			int added = key.of(rows[right]);
			if (added < 0) {
				continue;
			}
			if (counts[added]++ == 0) {
				distinct++;
			}
			long now = log.epochMilli(rows[right]);
			while (now - log.epochMilli(rows[left]) > windowMillis) {
				int removed = key.of(rows[left++]);
				if (removed >= 0 && --counts[removed] == 0) {
					distinct--;
				}
			}
			if (distinct >= threshold) {
				if (clusterStart >= 0 && left <= clusterEnd) {
					clusterEnd = right;
				} else {
					if (clusterStart >= 0) {
						clusters.add(keyed(rows, clusterStart, clusterEnd));
					}
					clusterStart = left;
					clusterEnd = right;
				}
			}
		}
		if (clusterStart >= 0) {
			clusters.add(keyed(rows, clusterStart, clusterEnd));
		}
		for (int i = left; i < to; i++) {
			int remaining = key.of(rows[i]);
			if (remaining >= 0) {
				counts[remaining] = 0;
			}
		}
		return clusters;
	}

	private int[] keyed(int[] rows, int from, int toInclusive) {
		return java.util.stream.IntStream.rangeClosed(from, toInclusive).map(i -> rows[i])
				.filter(row -> key.of(row) >= 0).toArray();
	}
}
