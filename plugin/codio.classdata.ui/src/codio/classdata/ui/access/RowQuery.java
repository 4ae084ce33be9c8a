package codio.classdata.ui.access;

import java.time.Instant;
import java.util.Set;

import codio.classdata.access.AccessLog;
import codio.classdata.access.AccessLogFilter;
import codio.classdata.access.AccessType;

/**
 * A snapshot of the Events tab's filter bar, restriction and sort, taken on the UI thread and worked out in a job.
 *
 * @param restriction only these rows (the rows behind a flag), or null for all
 * @param sortColumn  the column to sort by, or -1 for file order
 */
record RowQuery(String text, String student, String unit, AccessType type, String role, Instant from, Instant until,
		int[] restriction, int sortColumn, boolean ascending) {

	AccessLogFilter filter() {
		return new AccessLogFilter().text(text).student(student).unit(unit)
				.types(type == null ? Set.of() : Set.of(type)).role(role).between(from, until);
	}

	/** The matching rows, restricted and sorted; {@code keys} gives the sort column's keys when asked. */
	int[] rows(AccessLog log, java.util.function.IntFunction<long[]> keys) {
		int[] rows = filter().apply(log);
		if (restriction != null) {
			boolean[] allowed = new boolean[log.size()];
			for (int row : restriction) {
				allowed[row] = true;
			}
			rows = java.util.Arrays.stream(rows).filter(row -> allowed[row]).toArray();
		}
		return sortColumn < 0 ? rows : RowOrder.sort(rows, keys.apply(sortColumn), ascending);
	}
}
