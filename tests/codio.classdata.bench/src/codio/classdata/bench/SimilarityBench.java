package codio.classdata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import codio.classdata.bench.SimilarityCorpus.Layout;
import codio.classdata.bench.SimilarityCorpus.Pair;
import codio.classdata.review.ReviewedProject;
import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarityOperation;

/**
 * The similarity bench (run by {@code ./mvnw -B -Pbench verify}): a Java assignment of 20 files handed in by 200
 * students ({@link SimilarityCorpus}), every pair compared. Ours: {@link SimilarityOperation} over the submission
 * folders with the starter code as their baseline, as the IDE and {@code codio-classdata similarity} run it. Anchor:
 * JPlag 6 on the same folders with the starter code as its base code ({@code -bc}), in a warm process of its own
 * ({@link JPlagProcess}). One run of each to warm up, then alternating rounds; the time ratio is the median of the
 * rounds' own. Recall: how many of the 10 planted copies each ranks in its top 15; ours must find all 10 and rank
 * no pair of students who share only the starter code there. Without a Java 21+ for JPlag the anchor is skipped
 * and ours still runs and is checked. {@code -Dcodio.classdata.bench.similarityStudents=N} and
 * {@code -Dcodio.classdata.bench.similarityRounds=N} change the size.
 */
class SimilarityBench {

	private static final int STUDENTS = Integer.getInteger("codio.classdata.bench.similarityStudents", 200);
	private static final int ROUNDS = Integer.getInteger("codio.classdata.bench.similarityRounds", 3);
	private static final int TOP = 15;

	@Test
	void everyPairOfTheClassAgainstJPlag() throws Exception {
		Path work = Files.createTempDirectory("codio-similarity-bench");
		try {
			Layout layout = SimilarityCorpus.write(work, STUDENTS);
			List<ReviewedProject> projects = layout.submissions().stream().map(folder -> new ReviewedProject(
					folder.getFileName().toString(), folder, "Collections", folder.getFileName().toString(), "",
					layout.starter(), path -> false)).toList();
			Optional<String> noAnchor = whyNoAnchor();
			JPlagProcess jplag = noAnchor.isEmpty() ? JPlagProcess.start(JPlagProcess.findJava().orElseThrow(),
					jplagJars(), jplagLauncher(), work.resolve("jplag.log")) : null;
			try {
				List<SimilarPair> ourPairs = new SimilarityOperation(projects).run(new NullProgressMonitor());
				JPlagProcess.Run anchorRun = jplag == null ? null : jplag.run(layout.root(), layout.starter(), TOP);
				List<Double> ours = new ArrayList<>();
				List<Double> anchor = new ArrayList<>();
				for (int round = 0; round < ROUNDS; round++) {
					if (jplag != null) {
						anchorRun = jplag.run(layout.root(), layout.starter(), TOP);
						anchor.add(anchorRun.seconds());
						assertEquals(List.of(STUDENTS, 0), List.of(anchorRun.valid(), anchorRun.invalid()),
								"JPlag read every submission");
					}
					long started = System.nanoTime();
					ourPairs = new SimilarityOperation(projects).run(new NullProgressMonitor());
					ours.add((System.nanoTime() - started) / 1e9);
					System.out.printf(Locale.ROOT, "similarity-time round %d: ours %.2f s, anchor %s%n", round + 1,
							ours.get(round), jplag == null ? "skipped" : String.format(Locale.ROOT, "%.2f s",
									anchor.get(round)));
				}
				report(layout, ours, anchor, ourPairs, anchorRun, noAnchor);
			} finally {
				if (jplag != null) {
					jplag.close();
				}
			}
		} finally {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void report(Layout layout, List<Double> ours, List<Double> anchor, List<SimilarPair> ourPairs,
			JPlagProcess.Run anchorRun, Optional<String> noAnchor) throws IOException {
		List<Pair> ourTop = ourPairs.stream().limit(TOP).map(pair -> Pair.of(pair.a(), pair.b())).toList();
		int ourPlanted = (int) ourTop.stream().filter(layout.planted()::contains).count();
		int ourStarterOnly = (int) ourTop.stream().filter(layout.starterOnly()::contains).count();
		int firstStarterOnly = 0;
		for (int rank = 1; rank <= ourPairs.size() && firstStarterOnly == 0; rank++) {
			SimilarPair pair = ourPairs.get(rank - 1);
			firstStarterOnly = layout.starterOnly().contains(Pair.of(pair.a(), pair.b())) ? rank : 0;
		}
		String corpus = String.format(Locale.ROOT, "%d students × %d Java files (the starter's class and the "
				+ "student's own methods: 12 program shapes, random statements, per-student habits, names and "
				+ "layout), %d copied pairs planted, %d students who kept the starter and wrote one or two small "
				+ "methods", layout.submissions().size(), SimilarityCorpus.FILES, SimilarityCorpus.PLANTED,
				SimilarityCorpus.MINIMAL);
		BenchReport report = BenchReport.shared();
		double ourLowestPlanted = ourPairs.stream().filter(pair -> layout.planted().contains(Pair.of(pair.a(),
				pair.b()))).mapToDouble(SimilarPair::score).min().orElse(0);
		double ourBestOther = ourPairs.stream().filter(pair -> !layout.planted().contains(Pair.of(pair.a(),
				pair.b()))).mapToDouble(SimilarPair::score).max().orElse(0);
		String recallNote = String.format(Locale.ROOT, "`similarity-recall`: our top %d holds %d planted and %d "
				+ "starter-only pairs (the first starter-only pair ranks %s of %d pairs that share anything); the "
				+ "lowest planted pair scores %.2f, the best other pair %.2f", TOP, ourPlanted, ourStarterOnly,
				firstStarterOnly == 0 ? "nowhere" : "at " + firstStarterOnly, ourPairs.size(), ourLowestPlanted,
				ourBestOther);
		if (noAnchor.isPresent()) {
			System.out.println("bench: skipped: similarity-time (" + noAnchor.get() + ")");
			System.out.println("bench: skipped: similarity-recall (" + noAnchor.get() + ")");
			System.out.printf(Locale.ROOT, "similarity ours alone: median %.2f s of %s; %d of %d planted pairs and "
					+ "%d starter-only pairs in the top %d%n", BenchReport.median(ours), BenchReport.rounded(ours),
					ourPlanted, SimilarityCorpus.PLANTED, ourStarterOnly, TOP);
			report.note("`similarity-time` and `similarity-recall` were skipped in this run (" + noAnchor.get()
					+ "); ours alone: median " + String.format(Locale.ROOT, "%.2f", BenchReport.median(ours))
					+ " s. " + recallNote + ".");
		} else {
			int anchorPlanted = (int) anchorRun.top().stream().filter(layout.planted()::contains).count();
			int anchorStarterOnly = (int) anchorRun.top().stream().filter(layout.starterOnly()::contains).count();
			report.add(BenchReport.Figure.ofRounds("similarity-time", ours, anchor, "s", "ratio ≤ 0.5",
					"after a warm-up of each: " + corpus + "; every pair compared; ours = SimilarityOperation over "
							+ "the submission folders with the starter as baseline, anchor = JPlag 6.0.0 (Java "
							+ "language module, starter as base code `-bc`, clustering off, its default minimum "
							+ "match) through its API in a warm process of its own on " + JPlagProcess.findJava()
									.map(Path::toString).orElse("?") + ", timed by its own clock around JPlag.run"));
			report.add(new BenchReport.Figure("similarity-recall", ourPlanted, anchorPlanted, "of 10",
					"ours 10 of 10, no starter-only pair in the top 15", "planted copies in each tool's top " + TOP
							+ " (ours by score, JPlag by its default metric, average similarity), same class; "
							+ "disguises per pair: renamed identifiers; changed comments and layout; reordered "
							+ "methods; changed literals; two or three of them; all four; two pairs copied 14 of "
							+ "the 20 files"));
			double anchorLowestPlanted = 1;
			double anchorBestOther = 0;
			for (int i = 0; i < anchorRun.top().size(); i++) {
				if (layout.planted().contains(anchorRun.top().get(i))) {
					anchorLowestPlanted = Math.min(anchorLowestPlanted, anchorRun.scores().get(i));
				} else {
					anchorBestOther = Math.max(anchorBestOther, anchorRun.scores().get(i));
				}
			}
			report.note(recallNote + String.format(Locale.ROOT, ". JPlag's top %d holds %d planted and %d "
					+ "starter-only pairs; there the lowest planted pair scores %.2f, the best other pair %.2f "
					+ "(average similarity).", TOP, anchorPlanted, anchorStarterOnly, anchorLowestPlanted,
					anchorBestOther));
		}
		report.write(Path.of(System.getProperty("codio.classdata.docs", "target")).resolve("BENCHMARKS.md"));
		// the goals, checked after the figures are out so a miss still shows its numbers
		assertEquals(SimilarityCorpus.PLANTED, ourPlanted, "every planted copy in our top " + TOP + ": " + ourTop
				+ " planted " + layout.planted());
		assertEquals(0, ourStarterOnly, "no pair that shares only the starter code in our top " + TOP + ": "
				+ ourTop);
		if (!anchor.isEmpty()) {
			List<Double> ratios = new ArrayList<>();
			for (int i = 0; i < ours.size(); i++) {
				ratios.add(ours.get(i) / anchor.get(i));
			}
			assertTrue(BenchReport.median(ratios) <= 0.5, "ours at most half of JPlag's time: " + ratios);
		}
	}

	/** Why JPlag cannot run here, or empty when it can. */
	private static Optional<String> whyNoAnchor() throws IOException {
		if (JPlagProcess.findJava().isEmpty()) {
			return Optional.of("no Java " + JPlagProcess.JAVA_RELEASE + "+ for JPlag");
		}
		if (!Files.isRegularFile(jplagJars().resolve("jplag-6.0.0.jar")) || !Files.isRegularFile(jplagLauncher())) {
			return Optional.of("no JPlag in " + jplagJars() + ": build with -Pbench");
		}
		return Optional.empty();
	}

	private static Path jplagJars() {
		return Path.of(System.getProperty("codio.classdata.bench.jplag", "target/jplag"));
	}

	private static Path jplagLauncher() {
		return Path.of(System.getProperty("codio.classdata.bench.jplagLauncher", "jplag/JPlagLauncher.java"));
	}
}
