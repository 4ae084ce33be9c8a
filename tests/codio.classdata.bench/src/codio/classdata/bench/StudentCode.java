package codio.classdata.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A student's own Java code for the similarity bench, generated from a seed: per file a few static methods, each of
 * one of several program shapes (accumulating loops, searches, recursion, string building, counting in a map, a
 * switch-driven state machine, sorting, validation with exceptions, streams, …) with random statements, conditions
 * and expressions in it, and per student different habits (which statement kinds they reach for). Everything the
 * program <em>is</em> comes from the seed; how it <em>looks</em> (names, literals, comments, layout, method order)
 * comes from a {@link CodeStyle}, so a copy is the same seed rendered in a disguising style.
 */
final class StudentCode {

	/** What a copy changes. */
	enum Disguise {
		/** every identifier renamed */
		RENAMED,
		/** other comments, other indentation, brace placement and spacing */
		RELAID,
		/** the methods of each file in another order */
		REORDERED,
		/** other numbers and strings */
		RELITERALLED
	}

	/** Kinds of statements a student's habits weigh (see {@link MethodWriter}). */
	static final int STATEMENT_KINDS = 11;

	private final long seed;
	private final int methodsPerFile;
	private final int statementsPerMethod;
	private final int[] habits;

	/**
	 * @param seed                what the student wrote
	 * @param methodsPerFile      at most this many methods of their own per file (at least one)
	 * @param statementsPerMethod about this many statements of filler per method
	 */
	StudentCode(long seed, int methodsPerFile, int statementsPerMethod) {
		this.seed = seed;
		this.methodsPerFile = methodsPerFile;
		this.statementsPerMethod = statementsPerMethod;
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L);
		habits = new int[STATEMENT_KINDS];
		for (int i = 0; i < habits.length; i++) {
			habits[i] = 1 + random.nextInt(6);
		}
	}

	/** The methods the student wrote for file {@code file}, in the style's order, each ending in a newline. */
	List<String> methods(int file, CodeStyle style) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + file);
		int count = 1 + random.nextInt(methodsPerFile);
		List<String> methods = new ArrayList<>();
		for (int m = 0; m < count; m++) {
			methods.add(new MethodWriter(random.split(), style, file * 16 + m, habits, statementsPerMethod).write());
		}
		if (style.orderSeed() != 0) {
			List<String> original = List.copyOf(methods);
			Random shuffle = new Random(style.orderSeed() + file);
			// a reordered copy always moves something: shuffle until the order differs (when it can)
			for (int attempt = 0; attempt < 5 && methods.equals(original) && methods.size() > 1; attempt++) {
				Collections.shuffle(methods, shuffle);
			}
		}
		return methods;
	}

}
