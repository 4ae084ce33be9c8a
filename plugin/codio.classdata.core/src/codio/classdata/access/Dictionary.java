package codio.classdata.access;

import java.util.Arrays;

/**
 * Interns a column's values while loading: an open-addressing table from string to dense code, with no boxing, as
 * it is asked about every cell of a million-row file.
 */
final class Dictionary {

	private String[] values = new String[64];
	private int count;
	private String[] keys = new String[128];
	private int[] codes = new int[128];
	// The keys' mixed hashes: a probe that meets another value is settled without touching that string.
	private int[] hashes = new int[128];

	/** The code of a value, adding it if new. */
	int code(String value) {
		int mask = keys.length - 1;
		int hash = mix(value.hashCode());
		int slot = hash & mask;
		while (true) {
			String key = keys[slot];
			if (key == null) {
				return add(value, hash, slot);
			}
			if (hashes[slot] == hash && key.equals(value)) {
				return codes[slot];
			}
			slot = (slot + 1) & mask;
		}
	}

	/** The value of a code. */
	String value(int code) {
		return values[code];
	}

	private int add(String value, int hash, int slot) {
		if (count == values.length) {
			values = Arrays.copyOf(values, count * 2);
		}
		int code = count++;
		values[code] = value;
		keys[slot] = value;
		codes[slot] = code;
		hashes[slot] = hash;
		if (count * 2 > keys.length) {
			grow();
		}
		return code;
	}

	private void grow() {
		String[] oldKeys = keys;
		int[] oldCodes = codes;
		int[] oldHashes = hashes;
		keys = new String[oldKeys.length * 2];
		codes = new int[oldKeys.length * 2];
		hashes = new int[oldKeys.length * 2];
		int mask = keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null) {
				int slot = oldHashes[i] & mask;
				while (keys[slot] != null) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = oldKeys[i];
				codes[slot] = oldCodes[i];
				hashes[slot] = oldHashes[i];
			}
		}
	}

	private static int mix(int hash) {
		// String hashes of similar short values differ in their low bits only a little; spread them.
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	int size() {
		return count;
	}

	String[] values() {
		return Arrays.copyOf(values, count);
	}
}
