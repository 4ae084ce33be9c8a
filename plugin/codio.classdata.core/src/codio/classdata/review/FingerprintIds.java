package codio.classdata.review;

/**
 * Numbers each distinct fingerprint hash 0, 1, 2, … in the order first seen, so that similarity counts holders and
 * pairs in plain int arrays: a class of 200 projects has a few hundred thousand hashes, and a boxed
 * {@code Map<Long, …>} per hash cost more than the comparison itself. Open addressing with linear probing.
 */
final class FingerprintIds {

	private static final long EMPTY = 0;

	private long[] keys = new long[1 << 12];
	private int[] ids = new int[1 << 12];
	/** The id of hash 0, which marks an empty slot in {@link #keys}, or -1 */
	private int zeroId = -1;
	private int size;

	/** The hash's id, a new one when the hash is new. */
	int intern(long hash) {
		if (hash == EMPTY) {
			if (zeroId < 0) {
				zeroId = size++;
			}
			return zeroId;
		}
		int mask = keys.length - 1;
		int slot = (int) spread(hash) & mask;
		while (keys[slot] != EMPTY) {
			if (keys[slot] == hash) {
				return ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		keys[slot] = hash;
		ids[slot] = size++;
		if (size * 2 > keys.length) {
			grow();
		}
		return size - 1;
	}

	/** How many distinct hashes have ids. */
	int size() {
		return size;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldIds = ids;
		keys = new long[oldKeys.length * 2];
		ids = new int[oldKeys.length * 2];
		int mask = keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = (int) spread(oldKeys[i]) & mask;
				while (keys[slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = oldKeys[i];
				ids[slot] = oldIds[i];
			}
		}
	}

	/** The hashes are already well mixed; folding the high bits in keeps that true for the low ones we index by. */
	private static long spread(long hash) {
		return hash ^ (hash >>> 32);
	}
}
