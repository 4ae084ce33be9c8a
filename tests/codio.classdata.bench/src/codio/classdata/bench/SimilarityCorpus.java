package codio.classdata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import codio.classdata.bench.StudentCode.Disguise;

/**
 * The similarity bench's class: submissions of a Java assignment of {@link #FILES} files, each file the starter's
 * class (a small data holder with given methods and a TODO) with the student's own methods added. Most students
 * write their own code ({@link StudentCode}, a seed each); ten pairs are planted copies, each disguised by another
 * mix of renamed identifiers, changed comments and layout, reordered methods and changed literals (two copy only
 * part of the files); and a few students kept the starter and wrote very little, so that any two of them share
 * the starter and nothing else. Seeded: every run writes the same class.
 */
final class SimilarityCorpus {

	static final int FILES = 20;
	static final int PLANTED = 10;
	static final int MINIMAL = 8;

	private static final String[] CLASSES = { "Grades", "Inventory", "Matrix", "Parser", "Queue", "Temperatures",
			"Library", "Playlist", "Scores", "Budget", "Calendar", "Dice", "Words", "Primes", "Shapes", "Stack",
			"Traffic", "Votes", "Weather", "Zoo" };
	private static final String[] GIVEN = { """
				public int size() {
					return values.size();
				}
			""", """
				public int largest() {
					int largest = Integer.MIN_VALUE;
					for (int value : values) {
						largest = Math.max(largest, value);
					}
					return largest;
				}
			""", """
				public double average() {
					if (values.isEmpty()) {
						return 0;
					}
					long sum = 0;
					for (int value : values) {
						sum += value;
					}
					return (double) sum / values.size();
				}
			""", """
				@Override
				public String toString() {
					StringBuilder text = new StringBuilder("[");
					for (int i = 0; i < values.size(); i++) {
						text.append(i == 0 ? "" : ", ").append(values.get(i));
					}
					return text.append("]").toString();
				}
			""", """
				public int[] toArray() {
					int[] copy = new int[values.size()];
					for (int i = 0; i < copy.length; i++) {
						copy[i] = values.get(i);
					}
					return copy;
				}
			""", """
				public boolean contains(int wanted) {
					return values.indexOf(wanted) >= 0;
				}
			""" };

	/** Two submissions' names, in the order the folders sort. */
	record Pair(String a, String b) {

		static Pair of(String x, String y) {
			return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
		}
	}

	/**
	 * What was written.
	 *
	 * @param root        one folder per submission
	 * @param starter     the starter code (the baseline, JPlag's base code)
	 * @param submissions the submission folders
	 * @param planted     the copied pairs
	 * @param starterOnly pairs that share only the starter code
	 */
	record Layout(Path root, Path starter, List<Path> submissions, List<Pair> planted, List<Pair> starterOnly) {
	}

	private SimilarityCorpus() {
	}

	/** The disguises of planted pair {@code p}: each pair another mix, every disguise in several pairs. */
	static Set<Disguise> disguises(int p) {
		return switch (p) {
		case 0 -> EnumSet.of(Disguise.RENAMED);
		case 1 -> EnumSet.of(Disguise.RELAID);
		case 2 -> EnumSet.of(Disguise.REORDERED);
		case 3 -> EnumSet.of(Disguise.RELITERALLED);
		case 4 -> EnumSet.of(Disguise.RENAMED, Disguise.RELAID);
		case 5 -> EnumSet.of(Disguise.REORDERED, Disguise.RELITERALLED);
		case 6 -> EnumSet.of(Disguise.RENAMED, Disguise.REORDERED, Disguise.RELAID);
		case 7 -> EnumSet.of(Disguise.RELAID, Disguise.RELITERALLED, Disguise.REORDERED);
		case 8 -> EnumSet.allOf(Disguise.class);
		default -> EnumSet.of(Disguise.RENAMED, Disguise.RELITERALLED);
		};
	}

	/** Pairs 8 and 9 copied only this many files and wrote the rest themselves. */
	private static int copiedFiles(int p) {
		return p >= 8 ? 14 : FILES;
	}

	static Layout write(Path folder, int students) throws IOException {
		if (students < MINIMAL + 2 * PLANTED + 2) {
			throw new IllegalArgumentException("too few students for the planted pairs: " + students);
		}
		Path root = folder.resolve("submissions");
		Path starter = folder.resolve("starter");
		for (int f = 0; f < FILES; f++) {
			write(starter.resolve(file(f)), source(f, List.of()));
		}
		// who is what: a seeded shuffle, so planted and minimal students are spread among the others
		List<Integer> order = new ArrayList<>();
		for (int s = 0; s < students; s++) {
			order.add(s);
		}
		Collections.shuffle(order, new Random(14));
		List<Integer> minimal = order.subList(0, MINIMAL);
		int[] copiedFrom = new int[students];
		java.util.Arrays.fill(copiedFrom, -1);
		int[] pairOf = new int[students];
		List<Pair> planted = new ArrayList<>();
		for (int p = 0; p < PLANTED; p++) {
			int source = order.get(MINIMAL + 2 * p);
			int copy = order.get(MINIMAL + 2 * p + 1);
			copiedFrom[copy] = source;
			pairOf[copy] = p;
			planted.add(Pair.of(name(source), name(copy)));
		}
		List<Path> submissions = new ArrayList<>();
		for (int s = 0; s < students; s++) {
			Path submission = root.resolve(name(s));
			boolean isMinimal = minimal.contains(s);
			StudentCode own = isMinimal ? new StudentCode(seed(s), 1, 1) : new StudentCode(seed(s), 4, 6);
			CodeStyle style = CodeStyle.of(seed(s));
			for (int f = 0; f < FILES; f++) {
				List<String> methods;
				if (isMinimal) {
					// a little code in two files, the starter untouched everywhere
					methods = f == s % FILES || f == (s + 7) % FILES ? own.methods(f, style) : List.of();
				} else if (copiedFrom[s] >= 0 && f < copiedFiles(pairOf[s])) {
					int source = copiedFrom[s];
					CodeStyle disguise = CodeStyle.disguised(CodeStyle.of(seed(source)), style, disguises(pairOf[s]),
							seed(s));
					methods = new StudentCode(seed(source), 4, 6).methods(f, disguise);
				} else {
					methods = own.methods(f, style);
				}
				write(submission.resolve(file(f)), source(f, methods));
			}
			submissions.add(submission);
		}
		List<Pair> starterOnly = new ArrayList<>();
		for (int x = 0; x < minimal.size(); x++) {
			for (int y = x + 1; y < minimal.size(); y++) {
				starterOnly.add(Pair.of(name(minimal.get(x)), name(minimal.get(y))));
			}
		}
		return new Layout(root, starter, submissions, planted, starterOnly);
	}

	static String name(int student) {
		return String.format(Locale.ROOT, "s%03d", student);
	}

	private static long seed(int student) {
		return 1_000 + student;
	}

	private static String file(int f) {
		return "src/work/" + CLASSES[f] + ".java";
	}

	/** File {@code f}: the starter's class, with the student's methods after its TODO. */
	private static String source(int f, List<String> methods) {
		StringBuilder text = new StringBuilder("""
				package work;

				import java.util.ArrayList;
				import java.util.List;

				/**
				 * Exercise %d: %s. Use the given methods; write the ones the guide asks for below the TODO.
				 */
				public class %s {

					private final List<Integer> values = new ArrayList<>();

					public %s(int... initial) {
						for (int value : initial) {
							values.add(value);
						}
					}

				""".formatted(f + 1, CLASSES[f].toLowerCase(Locale.ROOT), CLASSES[f], CLASSES[f]));
		text.append(GIVEN[f % GIVEN.length]).append('\n').append(GIVEN[(f * 5 + 1) % GIVEN.length]).append('\n');
		text.append("\t// TODO: your methods here\n");
		for (String method : methods) {
			text.append('\n').append(method);
		}
		return text.append("}\n").toString();
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}
}
