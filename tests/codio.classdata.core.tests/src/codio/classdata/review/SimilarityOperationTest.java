package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Similarity hints: a copy disguised by renamed identifiers, changed comments, layout and literals and reordered
 * methods ranks first; code that only the starter gives two students does not count.
 */
class SimilarityOperationTest {

	private static final String[] STATEMENTS = { "int %1$s = %2$d;", "%1$s += %2$d * %1$s;",
			"if (%1$s > %2$d) { %1$s = %1$s - %2$d; } else { %1$s++; }", "for (int i = 0; i < %2$d; i++) { %1$s += i; }",
			"while (%1$s %% %2$d != 0) { %1$s--; }", "System.out.println(\"value \" + %1$s);",
			"%1$s = Math.max(%1$s, %2$d) / 2;", "String %1$sText = String.valueOf(%1$s).trim();",
			"int[] %1$sArray = new int[%2$d]; %1$sArray[0] = %1$s;", "%1$s = (%1$s << 1) ^ %2$d;",
			"switch (%1$s) { case 1: %1$s = %2$d; break; default: %1$s = 0; }", "long %1$sLong = (long) %1$s * %2$d;" };

	@TempDir
	Path temp;

	/** A student's own code: methods of statements chosen by a seed, with the given names, literals, comment. */
	private static String program(long seed, String variable, int literalShift, boolean reversed, String comment,
			String indent) {
		return program(seed, variable, literalShift, reversed, comment, indent, 4);
	}

	private static String program(long seed, String variable, int literalShift, boolean reversed, String comment,
			String indent, int methodCount) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> methods = new ArrayList<>();
		for (int m = 0; m < methodCount; m++) {
			StringBuilder method = new StringBuilder(indent + "// " + comment + " " + m + "\n" + indent
					+ "static int step" + m + "(int " + variable + ") {\n");
			for (int s = 0; s < 9; s++) {
				String statement = STATEMENTS[random.nextInt(STATEMENTS.length)];
				method.append(indent).append(indent).append(statement.formatted(variable,
						2 + random.nextInt(40) + literalShift)).append('\n');
			}
			method.append(indent).append(indent).append("return ").append(variable).append(";\n").append(indent)
					.append("}\n");
			methods.add(method.toString());
		}
		if (reversed) {
			java.util.Collections.reverse(methods);
		}
		return "package work;\n\npublic class Solution {\n" + String.join("\n", methods) + "}\n";
	}

	private static final String STARTER = """
			package work;

			import java.util.Scanner;

			public class Main {
				public static void main(String[] args) {
					Scanner scanner = new Scanner(System.in);
					int count = scanner.nextInt();
					int total = 0;
					for (int index = 0; index < count; index++) {
						total = total + scanner.nextInt();
					}
					System.out.println("The total is " + total);
					scanner.close();
				}
			}
			""";

	private ReviewedProject project(String name, String solution, Path baseline) throws IOException {
		Path folder = temp.resolve(name);
		Files.createDirectories(folder.resolve("src/work"));
		Files.writeString(folder.resolve("src/work/Main.java"), STARTER);
		Files.writeString(folder.resolve("src/work/Solution.java"), solution);
		return new ReviewedProject(name, folder, "Loops", name, "", baseline, path -> false);
	}

	private Path starter() throws IOException {
		Path baseline = temp.resolve("starter");
		Files.createDirectories(baseline.resolve("src/work"));
		Files.writeString(baseline.resolve("src/work/Main.java"), STARTER);
		return baseline;
	}

	private List<ReviewedProject> classWithOneDisguisedCopy(Path baseline) throws IOException {
		List<ReviewedProject> projects = new ArrayList<>();
		projects.add(project("ada", program(1, "value", 0, false, "adds the numbers", "\t"), baseline));
		// bob copied ada: renamed, recommented, re-indented, methods reordered, literals changed
		projects.add(project("bob", program(1, "amount", 7, true, "my own work, honest", "    "), baseline));
		for (int i = 0; i < 6; i++) {
			projects.add(project("student" + i, program(100 + i, "x" + i, 0, false, "mine", "\t"), baseline));
		}
		return projects;
	}

	@Test
	void aDisguisedCopyRanksFirstWithItsFragments() throws Exception {
		List<SimilarPair> pairs = new SimilarityOperation(classWithOneDisguisedCopy(starter()))
				.run(new NullProgressMonitor());

		SimilarPair top = pairs.get(0);
		System.out.println("similarity: " + pairs.stream().limit(3).map(p -> String.format(java.util.Locale.ROOT,
				"%s-%s %.2f (%d shared, %d fragments)", p.a(), p.b(), p.score(), p.shared(), p.fragments().size()))
				.collect(Collectors.joining(", ")) + " of " + pairs.size() + " pairs");
		assertEquals(List.of("ada", "bob"), List.of(top.a(), top.b()), pairs.toString());
		assertTrue(top.score() > 0.6, "score " + top.score());
		assertTrue(top.shareOfA() > 0.6 && top.shareOfB() > 0.6, top.toString());
		assertTrue(pairs.size() == 1 || pairs.get(1).score() < top.score() / 2, pairs.toString());
		assertFalse(top.fragments().isEmpty());
		// four copied methods in another order: a fragment each, however the common idioms inside break up the
		// shared fingerprints (and at most one more, for a chance match where the class starts)
		assertTrue(top.fragments().size() <= 5, top.fragments().size() + " fragments: " + top.fragments());
		for (SimilarPair.Fragment fragment : top.fragments()) {
			assertEquals("src/work/Solution.java", fragment.fileA(), "the starter's Main.java never counts");
			assertEquals("src/work/Solution.java", fragment.fileB());
			assertTrue(fragment.firstLineA() >= 1 && fragment.lastLineA() >= fragment.firstLineA(), fragment.toString());
		}
	}

	@Test
	void codeOnlyTheStarterGivesDoesNotCount() throws Exception {
		List<SimilarPair> withStarter = new SimilarityOperation(classWithOneDisguisedCopy(starter()))
				.run(new NullProgressMonitor());
		assertTrue(withStarter.stream().noneMatch(pair -> pair.fragments().stream()
				.anyMatch(fragment -> fragment.fileA().endsWith("Main.java"))), withStarter.toString());

		// without the starter, Main.java is in every project: the "most submissions" rule leaves it out too
		List<SimilarPair> withoutStarter = new SimilarityOperation(classWithOneDisguisedCopy(null))
				.run(new NullProgressMonitor());
		assertTrue(withoutStarter.stream().noneMatch(pair -> pair.fragments().stream()
				.anyMatch(fragment -> fragment.fileA().endsWith("Main.java"))), withoutStarter.toString());
		assertEquals(List.of("ada", "bob"), List.of(withoutStarter.get(0).a(), withoutStarter.get(0).b()));
	}

	@Test
	void twoStudentsWhoShareOnlyStarterCodeRankLow() throws Exception {
		Path baseline = starter();
		List<ReviewedProject> projects = new ArrayList<>(classWithOneDisguisedCopy(baseline));
		// two more students who kept all of the starter and wrote their own rest
		projects.add(project("carl", program(900, "c", 0, false, "c", "\t"), baseline));
		projects.add(project("dora", program(901, "d", 0, false, "d", "\t"), baseline));

		List<SimilarPair> pairs = new SimilarityOperation(projects).run(new NullProgressMonitor());

		Optional<SimilarPair> carlDora = pairs.stream()
				.filter(pair -> pair.a().equals("carl") && pair.b().equals("dora")).findAny();
		int rank = carlDora.map(pairs::indexOf).orElse(Integer.MAX_VALUE);
		assertTrue(rank > 0, "ranks below the copy: " + pairs.stream().map(p -> p.a() + "-" + p.b() + " "
				+ p.score()).collect(Collectors.joining(", ")));
		assertTrue(carlDora.map(SimilarPair::score).orElse(0.0) < 0.3, carlDora.toString());
	}

	@Test
	void tokensIgnoreNamesLiteralsCommentsAndLayoutInEveryLanguage() {
		assertEquals(kinds("a.java", "int total = 3; // sum\n"), kinds("b.java", "int  sum=42;/* x */"));
		assertEquals(kinds("a.py", "total = 3  # sum\nprint(total)\n"), kinds("b.py", "s = 'x'\nprint(s)"));
		assertEquals(kinds("a.c", "int t = 3; /* c */ t++;"), kinds("b.cpp", "int u = 7;\n// c\nu++;"));
		assertEquals(kinds("a.js", "let t = `x`; t += 1;"), kinds("b.jsx", "let u = \"y\"; u += 2;"));
		assertEquals(List.of(1, 1, 1, 2, 2, 2, 2), SourceTokens.of("a.py", "x = 1\nprint(x)\n").stream()
				.map(SourceTokens.Token::line).toList());
	}

	@Test
	void aFewSharedLinesAreACopyOfASmallProjectButNotOfABiggerOne() throws Exception {
		Path baseline = starter();
		List<ReviewedProject> projects = new ArrayList<>(classWithOneDisguisedCopy(baseline));
		// eve kept the starter and wrote one method, the same as one of student0's four: all her own code is shared;
		// finn wrote just the same, so he and eve are two small projects that are the same
		projects.add(project("eve", program(100, "x0", 0, false, "mine", "\t", 1), baseline));
		projects.add(project("finn", program(100, "y", 0, false, "mine too", "  ", 1), baseline));

		List<SimilarPair> pairs = new SimilarityOperation(projects).run(new NullProgressMonitor());

		SimilarPair eve = pairs.stream().filter(pair -> pair.a().equals("student0") && pair.b().equals("eve"))
				.findAny().orElseThrow(() -> new AssertionError(pairs.toString()));
		assertTrue(eve.shareOfB() > 0.7, "nearly all of eve's own code is student0's: " + eve);
		assertTrue(eve.score() < 0.5, "a few lines are not a copy of a project with more: " + eve);
		SimilarPair eveFinn = pairs.stream().filter(pair -> pair.a().equals("eve") && pair.b().equals("finn"))
				.findAny().orElseThrow(() -> new AssertionError(pairs.toString()));
		assertTrue(eveFinn.score() > 0.8, "two small projects that are the same are a copy: " + eveFinn);
		assertTrue(pairs.indexOf(eve) > 1, "ranks below the copies: " + pairs);
	}

	@Test
	void anyOtherTextFileComparesAsItsWordsAndBinaryFilesNotAtAll() throws Exception {
		String notes = "Our design keeps every order in a queue and serves the oldest first; when two orders "
				+ "arrive together the smaller one waits, because the kitchen prefers large batches and the "
				+ "customers of small orders complained less in the survey we ran last week.";
		byte[] binary = new byte[400];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 23);
		}
		List<ReviewedProject> projects = new ArrayList<>();
		for (String name : List.of("ada", "bob", "carl", "dora", "emil", "fay")) {
			Path folder = temp.resolve(name);
			Files.createDirectories(folder);
			String text = switch (name) {
			case "ada" -> notes;
			// bob's copy: other line breaks, spacing and case
			case "bob" -> notes.toUpperCase(java.util.Locale.ROOT).replace(" the ", "\n  the   ");
			default -> new SplittableRandom(name.hashCode()).ints(60, 0, 400)
					.mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
			};
			Files.writeString(folder.resolve("DESIGN.md"), text);
			if (name.equals("carl") || name.equals("dora")) {
				Files.write(folder.resolve("picture.bin"), binary);
			}
			projects.add(new ReviewedProject(name, folder, "Queues", name, "", null, path -> false));
		}

		List<SimilarPair> pairs = new SimilarityOperation(projects).run(new NullProgressMonitor());

		assertEquals(List.of("ada", "bob"), List.of(pairs.get(0).a(), pairs.get(0).b()), pairs.toString());
		assertEquals("DESIGN.md", pairs.get(0).fragments().get(0).fileA());
		assertTrue(pairs.stream().noneMatch(pair -> pair.a().equals("carl") && pair.b().equals("dora")),
				"binary files are not compared: " + pairs);
		assertEquals(kinds("a.md", "Hello   World\nfoo"), kinds("b.txt", "hello world\n\nFOO"));
		assertEquals(List.of(1, 1, 3), SourceTokens.of("a.txt", "one two\n\nthree").stream()
				.map(SourceTokens.Token::line).toList());
	}

	@Test
	void cancelStopsTheComparison() throws Exception {
		List<ReviewedProject> projects = classWithOneDisguisedCopy(starter());
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(InterruptedException.class, () -> new SimilarityOperation(projects).run(cancelled));
	}

	private static List<String> kinds(String file, String content) {
		return SourceTokens.of(file, content).stream().map(SourceTokens.Token::kind).toList();
	}
}
