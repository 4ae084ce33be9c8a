package codio.classdata.access;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects rows into growing arrays and dictionaries, then freezes them into an {@link AccessLog}. */
final class AccessLogBuilder {

	private static final AccessColumn[] TEXT = { AccessColumn.USERNAME, AccessColumn.EMAIL, AccessColumn.FIRST_NAME,
			AccessColumn.LAST_NAME, AccessColumn.UNIT, AccessColumn.ROLE, AccessColumn.PROJECT_PATH,
			AccessColumn.IP_ADDRESS };
	/** The columns guessed from the user's previous row, in this order. */
	private static final AccessColumn[] BY_USER = { AccessColumn.EMAIL, AccessColumn.FIRST_NAME,
			AccessColumn.LAST_NAME, AccessColumn.UNIT, AccessColumn.ROLE, AccessColumn.PROJECT_PATH,
			AccessColumn.IP_ADDRESS };

	private final List<String> extraNames;
	private final Set<AccessColumn> present;
	private final Dictionary[] dictionaries = new Dictionary[AccessColumn.values().length];
	private final int[][] codes = new int[AccessColumn.values().length][];
	private final Dictionary[] extraDictionaries;
	private final int[][] extraCodes;
	// Per user and column, the code of that user's previous value: a person's e-mail, names, role and usually IP
	// repeat row after row, and comparing with one string is several times cheaper than hashing it.
	private int[] guesses = new int[0];
	private long[] epochMillis;
	private byte[] types;
	private int size;
	final BadRows badRows = new BadRows();

	AccessLogBuilder(Set<AccessColumn> present, List<String> extraNames, int expectedRows) {
		this.present = present.isEmpty() ? EnumSet.noneOf(AccessColumn.class) : EnumSet.copyOf(present);
		this.extraNames = List.copyOf(extraNames);
		int capacity = Math.max(16, expectedRows);
		for (AccessColumn column : TEXT) {
			dictionaries[column.ordinal()] = new Dictionary();
			codes[column.ordinal()] = new int[capacity];
		}
		extraDictionaries = new Dictionary[extraNames.size()];
		extraCodes = new int[extraNames.size()][];
		for (int i = 0; i < extraDictionaries.length; i++) {
			extraDictionaries[i] = new Dictionary();
			extraCodes[i] = new int[capacity];
		}
		epochMillis = new long[capacity];
		types = new byte[capacity];
	}

	/** Adds a row; {@code text} is indexed by {@link AccessColumn#ordinal()} (nulls read as empty). */
	void add(String[] text, long epochMilli, AccessType type, String[] extras) {
		if (size == epochMillis.length) {
			grow();
		}
		int user = dictionaries[AccessColumn.USERNAME.ordinal()].code(orEmpty(text[AccessColumn.USERNAME.ordinal()]));
		codes[AccessColumn.USERNAME.ordinal()][size] = user;
		int guessAt = user * BY_USER.length;
		if (guessAt + BY_USER.length > guesses.length) {
			int old = guesses.length;
			guesses = Arrays.copyOf(guesses, Math.max(guessAt + BY_USER.length, old * 2));
			Arrays.fill(guesses, old, guesses.length, -1);
		}
		for (int k = 0; k < BY_USER.length; k++) {
			int column = BY_USER[k].ordinal();
			String value = orEmpty(text[column]);
			Dictionary dictionary = dictionaries[column];
			int guess = guesses[guessAt + k];
			int code;
			if (guess >= 0 && dictionary.value(guess).equals(value)) {
				code = guess;
			} else {
				code = dictionary.code(value);
				guesses[guessAt + k] = code;
			}
			codes[column][size] = code;
		}
		for (int i = 0; i < extraCodes.length; i++) {
			String value = extras[i];
			extraCodes[i][size] = extraDictionaries[i].code(value == null ? "" : value);
		}
		epochMillis[size] = epochMilli;
		types[size] = (byte) type.ordinal();
		size++;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/**
	 * Adds the rows of a builder that read the text after this one's. Its codes are translated into this builder's
	 * dictionaries in its own order of first appearance, so the joined codes are as if one builder had read both;
	 * its bad rows' lines move down by {@code lineOffset}, the line breaks before its text.
	 */
	void append(AccessLogBuilder later, long lineOffset) {
		if (size + later.size > epochMillis.length) {
			grow(size + later.size);
		}
		for (AccessColumn column : TEXT) {
			int c = column.ordinal();
			appendCodes(later.dictionaries[c], later.codes[c], dictionaries[c], codes[c], later.size);
		}
		for (int i = 0; i < extraCodes.length; i++) {
			appendCodes(later.extraDictionaries[i], later.extraCodes[i], extraDictionaries[i], extraCodes[i],
					later.size);
		}
		System.arraycopy(later.epochMillis, 0, epochMillis, size, later.size);
		System.arraycopy(later.types, 0, types, size, later.size);
		badRows.addAll(later.badRows, lineOffset);
		size += later.size;
	}

	private void appendCodes(Dictionary from, int[] fromCodes, Dictionary into, int[] intoCodes, int count) {
		int[] translated = new int[from.size()];
		for (int code = 0; code < translated.length; code++) {
			translated[code] = into.code(from.value(code));
		}
		for (int row = 0; row < count; row++) {
			intoCodes[size + row] = translated[fromCodes[row]];
		}
	}

	private void grow() {
		grow(size + (size >> 1) + 16);
	}

	private void grow(int capacity) {
		for (AccessColumn column : TEXT) {
			codes[column.ordinal()] = Arrays.copyOf(codes[column.ordinal()], capacity);
		}
		for (int i = 0; i < extraCodes.length; i++) {
			extraCodes[i] = Arrays.copyOf(extraCodes[i], capacity);
		}
		epochMillis = Arrays.copyOf(epochMillis, capacity);
		types = Arrays.copyOf(types, capacity);
	}

	int size() {
		return size;
	}

	AccessLog build(String source) {
		Map<AccessColumn, StringColumn> columns = new EnumMap<>(AccessColumn.class);
		for (AccessColumn column : TEXT) {
			Dictionary dictionary = dictionaries[column.ordinal()];
			if (dictionary.size() == 0) {
				dictionary.code(""); // an empty log still answers valueOf(0)
			}
			columns.put(column, new StringColumn(dictionary, codes[column.ordinal()], size));
			codes[column.ordinal()] = null; // let the wide codes go as soon as the narrow ones exist
		}
		StringColumn[] extras = new StringColumn[extraDictionaries.length];
		for (int i = 0; i < extras.length; i++) {
			extras[i] = new StringColumn(extraDictionaries[i], extraCodes[i], size);
			extraCodes[i] = null;
		}
		return new AccessLog(source, size, columns, present, Arrays.copyOf(epochMillis, size),
				Arrays.copyOf(types, size), extraNames, extras, badRows);
	}
}
