package codio.classdata.review;

import org.eclipse.compare.rangedifferencer.RangeDifference;
import org.eclipse.compare.rangedifferencer.RangeDifferencer;

/**
 * Merges two versions of a text file that both grew from one base, line by line, with Eclipse's range differencer
 * (the engine of its three-way Compare): what only one side changed comes in, the same change on both sides comes in
 * once, and lines both sides changed differently are a conflict, which is never resolved here.
 */
final class ThreeWayMerge {

	/**
	 * The outcome: the merged bytes when nothing conflicted, else how many places did.
	 *
	 * @param merged    the merged file, null when {@code conflicts > 0} or a side is not text
	 * @param conflicts places where both sides changed the same lines differently
	 */
	record Result(byte[] merged, int conflicts) {

		boolean clean() {
			return merged != null;
		}
	}

	private ThreeWayMerge() {
	}

	/**
	 * @param base   the version both grew from
	 * @param mine   one side (the instructor's project)
	 * @param theirs the other (the student's newer work)
	 * @return the merge; a side that is not text ({@link TextLines#of}) is one conflict
	 */
	static Result merge(byte[] base, byte[] mine, byte[] theirs) {
		TextLines ancestor = TextLines.of(base);
		TextLines left = TextLines.of(mine);
		TextLines right = TextLines.of(theirs);
		if (ancestor == null || left == null || right == null) {
			return new Result(null, 1);
		}
		StringBuilder merged = new StringBuilder(Math.max(mine.length, theirs.length) + 64);
		int conflicts = 0;
		for (RangeDifference range : RangeDifferencer.findRanges(ancestor, left, right)) {
			switch (range.kind()) {
			case RangeDifference.RIGHT:
				right.appendTo(merged, range.rightStart(), range.rightLength());
				break;
			case RangeDifference.CONFLICT:
				if (left.sameLines(range.leftStart(), range.leftLength(), right, range.rightStart(),
						range.rightLength())) {
					left.appendTo(merged, range.leftStart(), range.leftLength());
				} else {
					conflicts++;
				}
				break;
			default: // NOCHANGE, LEFT, ANCESTOR (both made the same change): the left side holds it
				left.appendTo(merged, range.leftStart(), range.leftLength());
			}
		}
		return conflicts > 0 ? new Result(null, conflicts) : new Result(TextLines.bytes(merged), 0);
	}
}
