package codio.classdata.ui.access;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;

import codio.classdata.access.AccessColumn;
import codio.classdata.access.AccessLog;
import codio.classdata.access.StringColumn;

/**
 * The Events table's columns: the ten documented ones in Codio's order, then the file's extra columns. Knows each
 * column's header, cell text and a sort key per row (a rank of dictionary codes, or the epoch millis), so that
 * sorting a million rows compares longs, never strings.
 */
final class EventColumns {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
	private static final AccessColumn[] DOCUMENTED = AccessColumn.values();

	private final AccessLog log;
	private final DateTimeFormatter time;

	EventColumns(AccessLog log, ZoneId zone) {
		this.log = log;
		this.time = TIME.withZone(zone);
	}

	int count() {
		return DOCUMENTED.length + log.extraColumns().size();
	}

	String header(int column) {
		return column < DOCUMENTED.length ? DOCUMENTED[column].header()
				: log.extraColumns().get(column - DOCUMENTED.length);
	}

	boolean isDate(int column) {
		return column == AccessColumn.DATE.ordinal();
	}

	String text(int column, int row) {
		if (column >= DOCUMENTED.length) {
			return log.extra(row, column - DOCUMENTED.length);
		}
		AccessColumn which = DOCUMENTED[column];
		if (which == AccessColumn.DATE) {
			return time.format(Instant.ofEpochMilli(log.epochMilli(row)));
		}
		if (which == AccessColumn.ACCESS_TYPE) {
			return log.type(row).label();
		}
		return stringColumn(column).value(row);
	}

	/** The column's key per row: equal keys for equal values, ordered as the values are. */
	long[] keys(int column) {
		long[] keys = new long[log.size()];
		if (isDate(column)) {
			for (int row = 0; row < keys.length; row++) {
				keys[row] = log.epochMilli(row);
			}
		} else if (column == AccessColumn.ACCESS_TYPE.ordinal()) {
			for (int row = 0; row < keys.length; row++) {
				keys[row] = log.type(row).ordinal();
			}
		} else {
			StringColumn values = stringColumn(column);
			int[] rank = ranks(values);
			for (int row = 0; row < keys.length; row++) {
				keys[row] = rank[values.code(row)];
			}
		}
		return keys;
	}

	private StringColumn stringColumn(int column) {
		return column < DOCUMENTED.length ? log.column(DOCUMENTED[column])
				: log.extraColumn(column - DOCUMENTED.length);
	}

	/** Each dictionary code's place among the column's values in case-insensitive order. */
	private static int[] ranks(StringColumn values) {
		Integer[] codes = new Integer[values.distinctValues()];
		Arrays.setAll(codes, code -> code);
		Arrays.sort(codes, Comparator.comparing(values::valueOf, String.CASE_INSENSITIVE_ORDER));
		int[] rank = new int[codes.length];
		for (int i = 0; i < codes.length; i++) {
			rank[codes[i]] = i;
		}
		return rank;
	}
}
