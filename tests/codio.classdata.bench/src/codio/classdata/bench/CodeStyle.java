package codio.classdata.bench;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How a student's code looks in the similarity bench ({@link StudentCode}): names, literals, comments, layout and
 * method order; a copy is the source's code in a disguising style.
 *
 * @param vocabulary  identifier words; {@code offset} picks this student's choice of them
 * @param literalBase added to every number (a copy that changed its literals has another)
 * @param phraseShift which phrases the strings use
 * @param comments    comment texts, null for none
 * @param indent      one level of indentation
 * @param allman      opening braces on their own line
 * @param spaced      spaces around binary operators
 * @param orderSeed   shuffles each file's methods when not 0
 */
record CodeStyle(String[] vocabulary, int offset, int literalBase, int phraseShift, String[] comments,
		String indent, boolean allman, boolean spaced, long orderSeed) {

	private static final String[] WORDS = { "total", "count", "value", "index", "result", "item", "sum", "limit",
			"step", "flag", "left", "right", "temp", "score", "size", "mark", "level", "width", "depth", "guess",
			"answer", "number", "digit", "factor", "pivot", "low", "high", "middle", "current", "previous", "next",
			"best", "worst", "delta", "rate", "amount", "price", "weight", "steps", "round" };
	private static final String[] OTHER_WORDS = { "a", "b", "c", "n", "m", "k", "x", "y", "z", "acc", "tmp", "res",
			"val", "idx", "cnt", "num", "lo", "hi", "mid", "cur", "prev", "nxt", "p", "q", "r", "s", "t", "u", "w",
			"v", "aux", "buf", "ptr", "lim", "fac", "dig", "len", "pos", "off", "key" };
	/** what the strings of the code say */
	static final String[] PHRASES = { "result", "done", "total is", "not found", "invalid input", "value",
			"ok", "error", "answer", "step", "level", "score" };
	private static final String[][] COMMENTS = {
			{ "compute the answer", "loop over the input", "edge case", "helper", "check the bounds", "TODO tidy" },
			{ "my solution", "goes through everything", "special case here", "small helper method",
					"make sure we stay in range", "fix later" },
			{ "Step 1", "iterate", "corner case!!", "utility", "guard", "clean up" } };

	/** A student's own look, from their seed. */
	static CodeStyle of(long seed) {
		SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
		return new CodeStyle(random.nextInt(3) == 0 ? OTHER_WORDS : WORDS, random.nextInt(WORDS.length), 0,
				random.nextInt(PHRASES.length), random.nextInt(4) == 0 ? null : COMMENTS[random.nextInt(
						COMMENTS.length)], List.of("\t", "    ", "  ").get(random.nextInt(3)),
				random.nextInt(5) == 0, random.nextInt(6) != 0, 0);
	}

	/** The source's look with what the disguises change taken from the copier's look. */
	static CodeStyle disguised(CodeStyle source, CodeStyle copier, Set<StudentCode.Disguise> disguises, long seed) {
		boolean renamed = disguises.contains(StudentCode.Disguise.RENAMED);
		boolean relaid = disguises.contains(StudentCode.Disguise.RELAID);
		boolean literals = disguises.contains(StudentCode.Disguise.RELITERALLED);
		String[] vocabulary = renamed && copier.vocabulary() == source.vocabulary()
				? (source.vocabulary() == WORDS ? OTHER_WORDS : WORDS)
				: renamed ? copier.vocabulary() : source.vocabulary();
		String[] comments = relaid ? COMMENTS[(int) Math.floorMod(seed, (long) COMMENTS.length)] : source.comments();
		if (relaid && source.comments() != null && comments == source.comments()) {
			comments = COMMENTS[(List.of(COMMENTS).indexOf(comments) + 1) % COMMENTS.length];
		}
		return new CodeStyle(vocabulary, renamed ? (source.offset() + 7) % WORDS.length : source.offset(),
				literals ? 3 + (int) Math.floorMod(seed, 17L) : source.literalBase(),
				literals ? (source.phraseShift() + 5) % PHRASES.length : source.phraseShift(), comments,
				relaid ? (source.indent().equals("\t") ? "  " : "\t") : source.indent(),
				relaid ? !source.allman() : source.allman(), relaid ? !source.spaced() : source.spaced(),
				disguises.contains(StudentCode.Disguise.REORDERED) ? seed | 1 : source.orderSeed());
	}
}
