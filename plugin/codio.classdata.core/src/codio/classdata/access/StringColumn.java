package codio.classdata.access;

import java.util.Arrays;

/**
 * One text column of an {@link AccessLog}, stored as a dictionary of its distinct values and one small code per
 * row: usernames, units, roles and IPs repeat thousands of times, so a million rows hold a few thousand strings.
 * Codes are dense, {@code 0 ..} {@link #distinctValues()}{@code - 1}, in order of first appearance; filters and
 * analyses compare codes instead of strings.
 */
public final class StringColumn {

	private final String[] values;
	private final int size;
	// Exactly one of these holds the codes: the narrowest type that fits the dictionary.
	private final byte[] byteCodes;
	private final short[] shortCodes;
	private final int[] intCodes;

	StringColumn(Dictionary dictionary, int[] codes, int size) {
		this.values = dictionary.values();
		this.size = size;
		if (values.length <= 256) {
			byteCodes = new byte[size];
			for (int i = 0; i < size; i++) {
				byteCodes[i] = (byte) codes[i];
			}
			shortCodes = null;
			intCodes = null;
		} else if (values.length <= 65536) {
			shortCodes = new short[size];
			for (int i = 0; i < size; i++) {
				shortCodes[i] = (short) codes[i];
			}
			byteCodes = null;
			intCodes = null;
		} else {
			intCodes = codes.length == size ? codes : Arrays.copyOf(codes, size);
			byteCodes = null;
			shortCodes = null;
		}
	}

	/** The code of a row's value. */
	public int code(int row) {
		if (byteCodes != null) {
			return byteCodes[row] & 0xFF;
		}
		if (shortCodes != null) {
			return shortCodes[row] & 0xFFFF;
		}
		return intCodes[row];
	}

	/** A row's value; the empty string where the file had none. */
	public String value(int row) {
		return values[code(row)];
	}

	/** The value a code stands for. */
	public String valueOf(int code) {
		return values[code];
	}

	/** The code of a value, or -1 when no row holds it. */
	public int codeOf(String value) {
		for (int code = 0; code < values.length; code++) {
			if (values[code].equals(value)) {
				return code;
			}
		}
		return -1;
	}

	/** How many distinct values the column holds (the empty string counts when present). */
	public int distinctValues() {
		return values.length;
	}

	/** How many rows. */
	public int size() {
		return size;
	}

	/** Bytes held by the codes (not the strings); for measuring. */
	long codeBytes() {
		return byteCodes != null ? size : shortCodes != null ? 2L * size : 4L * size;
	}
}
