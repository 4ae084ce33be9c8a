package codio.classdata.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Events tab's filter: text (in any text column, ignoring case), student, unit, access types, role and a time
 * range, all combined with AND. Text and exact values are resolved once against each column's dictionary, so a
 * million rows filter in milliseconds. The date column is filtered by the range, not by the text. Unset parts match
 * everything. Fluent and mutable; not shared between threads while being changed.
 */
public final class AccessLogFilter {

	private String text = "";
	private String student;
	private String unit;
	private Set<AccessType> types = EnumSet.allOf(AccessType.class);
	private String role;
	private Instant from;
	private Instant until;

	/** Rows with the text in any column (ignoring case); blank for any. */
	public AccessLogFilter text(String value) {
		this.text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		return this;
	}

	/** Rows of one username exactly; null for anyone. */
	public AccessLogFilter student(String username) {
		this.student = username;
		return this;
	}

	/** Rows of one unit exactly; null for any. */
	public AccessLogFilter unit(String name) {
		this.unit = name;
		return this;
	}

	/** Rows of these access types; empty or null for any. */
	public AccessLogFilter types(Set<AccessType> accepted) {
		this.types = accepted == null || accepted.isEmpty() ? EnumSet.allOf(AccessType.class) : EnumSet.copyOf(accepted);
		return this;
	}

	/** Rows of one role (ignoring case); null for any. */
	public AccessLogFilter role(String value) {
		this.role = value;
		return this;
	}

	/** Rows from {@code start} (inclusive) until {@code end} (exclusive); either null for open-ended. */
	public AccessLogFilter between(Instant start, Instant end) {
		this.from = start;
		this.until = end;
		return this;
	}

	/** The matching rows in file order. */
	public int[] apply(AccessLog log) {
		RowFilter filter = compile(log);
		int[] matches = new int[Math.min(log.size(), 1 << 16)];
		int count = 0;
		for (int row = 0; row < log.size(); row++) {
			if (filter.test(row)) {
				if (count == matches.length) {
					matches = java.util.Arrays.copyOf(matches, Math.min(log.size(), count * 2));
				}
				matches[count++] = row;
			}
		}
		return java.util.Arrays.copyOf(matches, count);
	}

	/** The filter as a predicate over the log's rows, for the histogram or the summaries. */
	public RowFilter compile(AccessLog log) {
		StringColumn users = log.column(AccessColumn.USERNAME);
		StringColumn units = log.column(AccessColumn.UNIT);
		StringColumn roles = log.column(AccessColumn.ROLE);
		int studentCode = student == null ? -1 : users.codeOf(student);
		int unitCode = unit == null ? -1 : units.codeOf(unit);
		boolean[] roleMatches = role == null ? null : matching(roles, value -> value.strip().equalsIgnoreCase(role));
		if ((student != null && studentCode < 0) || (unit != null && unitCode < 0)) {
			return row -> false;
		}
		boolean[] typeMatches = new boolean[AccessType.values().length];
		for (AccessType type : types) {
			typeMatches[type.ordinal()] = true;
		}
		long start = from == null ? Long.MIN_VALUE : from.toEpochMilli();
		long end = until == null ? Long.MAX_VALUE : until.toEpochMilli();
		TextMatch textMatch = text.isEmpty() ? null : new TextMatch(log, text);
		return row -> (studentCode < 0 || users.code(row) == studentCode)
				&& (unitCode < 0 || units.code(row) == unitCode)
				&& typeMatches[log.type(row).ordinal()]
				&& (roleMatches == null || roleMatches[roles.code(row)])
				&& log.epochMilli(row) >= start && log.epochMilli(row) < end
				&& (textMatch == null || textMatch.test(row));
	}

	static boolean[] matching(StringColumn column, java.util.function.Predicate<String> test) {
		boolean[] matches = new boolean[column.distinctValues()];
		for (int code = 0; code < matches.length; code++) {
			matches[code] = test.test(column.valueOf(code));
		}
		return matches;
	}

	/** Which dictionary entries of each text column contain the text; a row matches if any of its values does. */
	private static final class TextMatch implements RowFilter {

		private final AccessLog log;
		private final StringColumn[] columns;
		private final boolean[][] matches;
		private final boolean[] typeMatches = new boolean[AccessType.values().length];

		TextMatch(AccessLog log, String lowerCaseText) {
			this.log = log;
			java.util.List<StringColumn> all = new java.util.ArrayList<>();
			for (AccessColumn column : AccessColumn.values()) {
				if (column != AccessColumn.DATE && column != AccessColumn.ACCESS_TYPE) {
					all.add(log.column(column));
				}
			}
			for (int i = 0; i < log.extraColumns().size(); i++) {
				all.add(log.extraColumn(i));
			}
			columns = all.toArray(StringColumn[]::new);
			matches = new boolean[columns.length][];
			for (int i = 0; i < columns.length; i++) {
				matches[i] = matching(columns[i], value -> value.toLowerCase(Locale.ROOT).contains(lowerCaseText));
			}
			for (AccessType type : AccessType.values()) {
				typeMatches[type.ordinal()] = type.label().toLowerCase(Locale.ROOT).contains(lowerCaseText);
			}
		}

		@Override
		public boolean test(int row) {
			if (typeMatches[log.type(row).ordinal()]) {
				return true;
			}
			for (int i = 0; i < columns.length; i++) {
				if (matches[i][columns[i].code(row)]) {
					return true;
				}
			}
			return false;
		}
	}
}
