package codio.classdata.review;

import java.util.List;

/**
 * Two projects that share code that is not the starter code: a hint for a person to look at, never a verdict.
 *
 * @param a          one project's name
 * @param b          the other's
 * @param score      the shared fingerprints over those of the smaller of the two, 0-1
 * @param shared     how many fingerprints they share (starter code and code most students have left out)
 * @param shareOfA   how much of a's own code the shared fragments are, 0-1
 * @param shareOfB   how much of b's own code they are, 0-1
 * @param fragments  the shared fragments, longest first
 */
public record SimilarPair(String a, String b, double score, int shared, double shareOfA, double shareOfB,
		List<Fragment> fragments) {

	public SimilarPair {
		fragments = List.copyOf(fragments);
	}

	/**
	 * Lines of a file of each project that hold the same code.
	 *
	 * @param fileA      the file in a, relative to its project ({@code /}-separated)
	 * @param firstLineA first line there, 1-based
	 * @param lastLineA  last line there
	 * @param fileB      the file in b
	 * @param firstLineB first line there
	 * @param lastLineB  last line there
	 */
	public record Fragment(String fileA, int firstLineA, int lastLineA, String fileB, int firstLineB,
			int lastLineB) {

		int lines() {
			return Math.max(lastLineA - firstLineA, lastLineB - firstLineB) + 1;
		}
	}
}
