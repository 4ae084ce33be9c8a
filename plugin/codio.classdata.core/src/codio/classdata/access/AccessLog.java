package codio.classdata.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A loaded User Access Data file, held column-wise so that a million rows fit in a few tens of megabytes: text
 * columns as dictionaries with one small code per row ({@link StringColumn}), the time as epoch milliseconds, the
 * access type as a byte. Rows are addressed by index, {@code 0 ..} {@link #size()}{@code - 1}, in file order. Columns
 * missing from the file read as empty strings. Immutable once built; safe to read from several threads.
 */
public final class AccessLog {

	private final String source;
	private final int size;
	private final Map<AccessColumn, StringColumn> columns;
	private final Set<AccessColumn> present;
	private final long[] epochMillis;
	private final byte[] types;
	private final List<String> extraNames;
	private final StringColumn[] extras;
	private final BadRows badRows;
	private final boolean[] studentRole;
	private final boolean[] teacherRole;

	AccessLog(String source, int size, Map<AccessColumn, StringColumn> columns, Set<AccessColumn> present,
			long[] epochMillis, byte[] types, List<String> extraNames, StringColumn[] extras, BadRows badRows) {
		this.source = source;
		this.size = size;
		this.columns = new EnumMap<>(columns);
		this.present = Set.copyOf(present);
		this.epochMillis = epochMillis;
		this.types = types;
		this.extraNames = List.copyOf(extraNames);
		this.extras = extras;
		this.badRows = badRows;
		StringColumn roles = columns.get(AccessColumn.ROLE);
		studentRole = new boolean[roles.distinctValues()];
		teacherRole = new boolean[roles.distinctValues()];
		for (int code = 0; code < studentRole.length; code++) {
			String role = roles.valueOf(code).strip();
			// Files without a Role column (or with blank roles) are taken to be about students.
			studentRole[code] = role.isEmpty() || role.equalsIgnoreCase("Student");
			teacherRole[code] = role.equalsIgnoreCase("Teacher");
		}
	}

	/** The file's name, for messages. */
	public String source() {
		return source;
	}

	/** How many rows were loaded (bad rows not counted). */
	public int size() {
		return size;
	}

	/** The documented columns the file had. */
	public Set<AccessColumn> presentColumns() {
		return present;
	}

	/** The documented columns the file lacks, in Codio's order: each disables something (see {@link #notes()}). */
	public List<AccessColumn> missingColumns() {
		return Arrays.stream(AccessColumn.values()).filter(column -> !present.contains(column)).toList();
	}

	/**
	 * One sentence per missing column, saying what the file therefore cannot show (first and last name share one),
	 * for the editor and the command line: a column is never dropped without a word.
	 */
	public List<String> notes() {
		List<String> notes = new ArrayList<>();
		List<AccessColumn> missing = missingColumns();
		for (AccessColumn column : missing) {
			if (column == AccessColumn.LAST_NAME && missing.contains(AccessColumn.FIRST_NAME)) {
				continue;
			}
			String name = column == AccessColumn.FIRST_NAME && missing.contains(AccessColumn.LAST_NAME)
					? AccessColumn.FIRST_NAME.header() + " / " + AccessColumn.LAST_NAME.header()
					: column.header();
			notes.add(NLS.bind(AccessText.Missing_sentence, name, column.withoutIt()));
		}
		return notes;
	}

	/**
	 * A text column; for {@link AccessColumn#DATE} and {@link AccessColumn#ACCESS_TYPE} use {@link #epochMilli}
	 * and {@link #type}.
	 */
	public StringColumn column(AccessColumn column) {
		StringColumn found = columns.get(column);
		if (found == null) {
			throw new IllegalArgumentException(column + " is not a text column");
		}
		return found;
	}

	public String username(int row) {
		return column(AccessColumn.USERNAME).value(row);
	}

	public String email(int row) {
		return column(AccessColumn.EMAIL).value(row);
	}

	public String firstName(int row) {
		return column(AccessColumn.FIRST_NAME).value(row);
	}

	public String lastName(int row) {
		return column(AccessColumn.LAST_NAME).value(row);
	}

	public Instant instant(int row) {
		return Instant.ofEpochMilli(epochMillis[row]);
	}

	public long epochMilli(int row) {
		return epochMillis[row];
	}

	public AccessType type(int row) {
		return AccessType.ofOrdinal(types[row]);
	}

	public String unit(int row) {
		return column(AccessColumn.UNIT).value(row);
	}

	public String role(int row) {
		return column(AccessColumn.ROLE).value(row);
	}

	public String projectPath(int row) {
		return column(AccessColumn.PROJECT_PATH).value(row);
	}

	public String ip(int row) {
		return column(AccessColumn.IP_ADDRESS).value(row);
	}

	/** Whether the row's role is Student (or blank: files without roles are taken to be about students). */
	public boolean isStudent(int row) {
		return studentRole[column(AccessColumn.ROLE).code(row)];
	}

	public boolean isTeacher(int row) {
		return teacherRole[column(AccessColumn.ROLE).code(row)];
	}

	/** The headers of the columns beyond the documented ten, in file order. */
	public List<String> extraColumns() {
		return extraNames;
	}

	/** A row's value in an extra column, by its index in {@link #extraColumns()}. */
	public String extra(int row, int extraColumn) {
		return extras[extraColumn].value(row);
	}

	public StringColumn extraColumn(int extraColumn) {
		return extras[extraColumn];
	}

	/** The rows the load left out. */
	public BadRows badRows() {
		return badRows;
	}

	/** Bytes held per row by the columns' codes and times (the dictionaries' strings not counted). */
	public double bytesPerRow() {
		long bytes = 9L * size; // times and types
		for (StringColumn column : columns.values()) {
			bytes += column.codeBytes();
		}
		for (StringColumn column : extras) {
			bytes += column.codeBytes();
		}
		return size == 0 ? 0 : (double) bytes / size;
	}
}
