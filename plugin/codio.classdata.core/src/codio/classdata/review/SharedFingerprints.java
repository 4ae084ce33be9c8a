package codio.classdata.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import codio.classdata.review.SimilarPair.Fragment;

/**
 * What similarity counts once every project's fingerprints have int ids (see {@link SimilarityOperation}): which
 * fingerprints each project has that count, which pairs share which of them, and the fragments of a pair. Plain int
 * arrays throughout: a class of 200 projects has hundreds of thousands of fingerprints and tens of thousands of
 * pairs.
 */
final class SharedFingerprints {

	/** How far ahead fragments look to tell which of two places holding the same fingerprint a copy came from. */
	private static final int LOOK_AHEAD = 8;

	private final List<ProjectPrints> prints;
	private final int[][] idsOf;
	/** per project, the positions (into its prints) of the hashes it keeps, in file order */
	private final int[][] own;
	private final int[] holders;
	private final int common;
	private final int[] counted;
	/** per project, its shareable ids (held by 2 to common projects), and where each is in own */
	private final int[][] shareable;
	private final int[][] shareableAt;
	/**
	 * per project, every occurrence of a shareable id (a hash can be in a project more than once: an idiom
	 * written twice), sorted by id, then position in its prints; and those positions
	 */
	private final int[][] occurrenceIds;
	private final int[][] occurrenceAt;
	/** which ids the pair being read shares: those marked with its stamp */
	private final int[] sharedStamp;
	private int stamp;

	SharedFingerprints(List<ProjectPrints> prints, int[][] idsOf, int[][] own, int[] holders, int common) {
		this.prints = prints;
		this.idsOf = idsOf;
		this.own = own;
		this.holders = holders;
		this.common = common;
		int n = own.length;
		counted = new int[n];
		shareable = new int[n][];
		shareableAt = new int[n][];
		for (int i = 0; i < n; i++) {
			int[] ids = new int[own[i].length];
			int[] at = new int[own[i].length];
			int count = 0;
			for (int k = 0; k < own[i].length; k++) {
				int id = idsOf[i][own[i][k]];
				if (holders[id] <= common) {
					counted[i]++;
					if (holders[id] >= 2) {
						ids[count] = id;
						at[count++] = k;
					}
				}
			}
			shareable[i] = Arrays.copyOf(ids, count);
			shareableAt[i] = Arrays.copyOf(at, count);
		}
		occurrenceIds = new int[n][];
		occurrenceAt = new int[n][];
		for (int i = 0; i < n; i++) {
			long[] keyed = new long[idsOf[i].length];
			int count = 0;
			for (int position = 0; position < idsOf[i].length; position++) {
				int id = idsOf[i][position];
				if (holders[id] >= 2 && holders[id] <= common) {
					keyed[count++] = ((long) id << 32) | position;
				}
			}
			Arrays.sort(keyed, 0, count);
			occurrenceIds[i] = new int[count];
			occurrenceAt[i] = new int[count];
			for (int c = 0; c < count; c++) {
				occurrenceIds[i][c] = (int) (keyed[c] >>> 32);
				occurrenceAt[i][c] = (int) keyed[c];
			}
		}
		sharedStamp = new int[holders.length];
	}

	int counted(int project) {
		return counted[project];
	}

	static int pairIndex(int n, int a, int b) {
		return (int) ((long) a * n - (long) a * (a + 1) / 2 + (b - a - 1));
	}

	/**
	 * For each pair (a < b, at {@link #pairIndex}) the shareable ids they have in common, as (position in a's
	 * own, position in b's own), in a's order; null for pairs that share none. Built from each id's holders, so
	 * the work is the number of shared fingerprints, not the number of pairs times the projects' sizes.
	 */
	long[][] matchesByPair() {
		int n = own.length;
		int ids = holders.length;
		// the holders of each shareable id and where each has it, in project order (compressed rows)
		int[] start = new int[ids + 1];
		for (int id = 0; id < ids; id++) {
			start[id + 1] = start[id] + (holders[id] >= 2 && holders[id] <= common ? holders[id] : 0);
		}
		int[] who = new int[start[ids]];
		int[] where = new int[start[ids]];
		int[] filled = new int[ids];
		for (int i = 0; i < n; i++) {
			for (int c = 0; c < shareable[i].length; c++) {
				int id = shareable[i][c];
				who[start[id] + filled[id]] = i;
				where[start[id] + filled[id]++] = shareableAt[i][c];
			}
		}
		int pairs = Math.max(0, pairIndex(n, n - 1, n - 1) + 1);
		int[] counts = new int[pairs];
		for (int id = 0; id < ids; id++) {
			for (int x = start[id]; x < start[id + 1]; x++) {
				for (int y = x + 1; y < start[id + 1]; y++) {
					counts[pairIndex(n, who[x], who[y])]++;
				}
			}
		}
		long[][] matches = new long[pairs][];
		for (int p = 0; p < pairs; p++) {
			matches[p] = counts[p] == 0 ? null : new long[counts[p]];
			counts[p] = 0;
		}
		for (int id = 0; id < ids; id++) {
			for (int x = start[id]; x < start[id + 1]; x++) {
				for (int y = x + 1; y < start[id + 1]; y++) {
					int p = pairIndex(n, who[x], who[y]);
					matches[p][counts[p]++] = ((long) where[x] << 32) | where[y];
				}
			}
		}
		return matches;
	}

	/**
	 * The lines of a and b that hold their shared fingerprints ({@code matches}, from {@link #matchesByPair}).
	 * Each of a's occurrences of a shared fingerprint, in a's order, continues the fragment before it when
	 * nothing of either project's own code lies between (only shared or common code), wherever b has it, so a
	 * copied method is one fragment even where common idioms inside it do not count and b has its methods in
	 * another order; where b has the fingerprint more than once, the occurrence that continues the fragment,
	 * or else the one followed by the longest run of the same fingerprints as in a. Longest first.
	 */
	List<Fragment> fragments(int a, int b, long[] matches) {
		stamp++;
		int[] ids = idsOf[a];
		int[] idsB = idsOf[b];
		long[] inA = new long[matches.length];
		int count = 0;
		for (long match : matches) {
			int id = ids[own[a][(int) (match >>> 32)]];
			sharedStamp[id] = stamp;
			for (int o = first(occurrenceIds[a], id); o < occurrenceIds[a].length && occurrenceIds[a][o] == id; o++) {
				if (count == inA.length) {
					inA = Arrays.copyOf(inA, count * 2);
				}
				inA[count++] = ((long) occurrenceAt[a][o] << 32) | id;
			}
		}
		Arrays.sort(inA, 0, count);
		ProjectPrints pa = prints.get(a);
		ProjectPrints pb = prints.get(b);
		List<Fragment> fragments = new ArrayList<>();
		int[] current = null; // fileA, firstA, lastA, fileB, firstB, lastB, last position in a, last in b
		for (int m = 0; m < count; m++) {
			int at = (int) (inA[m] >>> 32);
			int id = (int) inA[m];
			int from = first(occurrenceIds[b], id);
			int best = -1;
			if (current != null && current[0] == pa.file()[at] && nothingOwnBetween(ids, current[6], at)) {
				int diagonal = current[7] + (at - current[6]);
				for (int o = from; o < occurrenceIds[b].length && occurrenceIds[b][o] == id; o++) {
					int bt = occurrenceAt[b][o];
					if (pb.file()[bt] == current[3] && nothingOwnBetween(idsB, Math.min(current[7], bt),
							Math.max(current[7], bt)) && (best < 0
									|| Math.abs(bt - diagonal) < Math.abs(best - diagonal))) {
						best = bt;
					}
				}
			}
			if (best >= 0) {
				current[1] = Math.min(current[1], pa.firstLine()[at]);
				current[2] = Math.max(current[2], pa.lastLine()[at]);
				current[4] = Math.min(current[4], pb.firstLine()[best]);
				current[5] = Math.max(current[5], pb.lastLine()[best]);
				current[6] = at;
				current[7] = best;
				continue;
			}
			int longest = -1;
			for (int o = from; o < occurrenceIds[b].length && occurrenceIds[b][o] == id; o++) {
				int bt = occurrenceAt[b][o];
				int run = 0;
				while (run < LOOK_AHEAD && at + run + 1 < ids.length && bt + run + 1 < idsB.length
						&& ids[at + run + 1] == idsB[bt + run + 1]) {
					run++;
				}
				if (run > longest) {
					longest = run;
					best = bt;
				}
			}
			if (current != null) {
				fragments.add(fragment(pa, pb, current));
			}
			current = new int[] { pa.file()[at], pa.firstLine()[at], pa.lastLine()[at], pb.file()[best],
					pb.firstLine()[best], pb.lastLine()[best], at, best };
		}
		if (current != null) {
			fragments.add(fragment(pa, pb, current));
		}
		fragments.sort(Comparator.comparingInt(Fragment::lines).reversed());
		return fragments;
	}

	/** The first index of {@code id} in sorted {@code ids} (it is there). */
	private static int first(int[] ids, int id) {
		int low = 0;
		int high = ids.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ids[middle] < id) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** Whether every fingerprint strictly between two positions of a project is shared or common code. */
	private boolean nothingOwnBetween(int[] ids, int from, int to) {
		for (int position = from + 1; position < to; position++) {
			int id = ids[position];
			if (holders[id] <= common && sharedStamp[id] != stamp) {
				return false;
			}
		}
		return true;
	}

	private static Fragment fragment(ProjectPrints pa, ProjectPrints pb, int[] at) {
		return new Fragment(pa.files().get(at[0]), at[1], at[2], pb.files().get(at[3]), at[4], at[5]);
	}
}
