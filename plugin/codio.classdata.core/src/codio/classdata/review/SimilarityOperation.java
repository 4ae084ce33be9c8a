package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Similarity hints across student projects: which pairs share code that is not the starter code. Each project's
 * files become normalised token streams ({@link SourceTokens}) and winnowed fingerprints ({@link Winnowing});
 * fingerprints of the assignment's starter code, and those more than half the projects (and at least four) have,
 * never count (MOSS's base file and its "too many occurrences" rule). Pairs are ranked by the shared fingerprints
 * over those of the smaller project, where the smaller one counts as at least as big as the other up to
 * {@link #MIN_OWN}: a few lines in common between a nearly empty project and a real one are no sign of copying, two
 * small projects that are the same are.
 */
public final class SimilarityOperation {

	/** Fingerprints more projects than this share are common code, not a hint. */
	private static final int MIN_COMMON = 4;
	/**
	 * The least number of fingerprints a score divides by when the other project has that many: about 30 lines of
	 * code. Idioms many (but not most) students write match by chance, and in a project with only a few lines of
	 * its own those few matches with a real project would otherwise score as a whole copy and rank above real ones.
	 */
	static final int MIN_OWN = 40;

	private final List<ReviewedProject> projects;

	public SimilarityOperation(List<ReviewedProject> projects) {
		this.projects = List.copyOf(projects);
	}

	/**
	 * @return the pairs that share any counted code, highest score first
	 * @throws InterruptedException the monitor was cancelled
	 */
	public List<SimilarPair> run(IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, ReviewText.Similarity_task, projects.size() * 2 + 1);
		int n = projects.size();
		List<ProjectPrints> prints = read(progress);
		// every distinct hash gets an id; each project keeps a hash once, where it first has it
		FingerprintIds ids = new FingerprintIds();
		int[][] idsOf = new int[n][];
		for (int i = 0; i < n; i++) {
			long[] hashes = prints.get(i).hashes();
			idsOf[i] = new int[hashes.length];
			for (int k = 0; k < hashes.length; k++) {
				idsOf[i][k] = ids.intern(hashes[k]);
			}
		}
		int[] holders = new int[ids.size()];
		int[] seenBy = new int[ids.size()];
		Arrays.fill(seenBy, -1);
		int[][] own = new int[n][];
		for (int i = 0; i < n; i++) {
			int[] kept = new int[idsOf[i].length];
			int count = 0;
			for (int k = 0; k < idsOf[i].length; k++) {
				int id = idsOf[i][k];
				if (seenBy[id] != i) {
					seenBy[id] = i;
					holders[id]++;
					kept[count++] = k;
				}
			}
			own[i] = Arrays.copyOf(kept, count);
		}
		int common = Math.max(MIN_COMMON, n / 2);
		SharedFingerprints shared = new SharedFingerprints(prints, idsOf, own, holders, common);
		long[][] matches = shared.matchesByPair();
		List<SimilarPair> pairs = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			checkCancel(progress);
			for (int b = a + 1; b < n; b++) {
				long[] pairMatches = matches[SharedFingerprints.pairIndex(n, a, b)];
				if (pairMatches == null) {
					continue;
				}
				int count = pairMatches.length;
				int countedA = shared.counted(a);
				int countedB = shared.counted(b);
				double score = Math.min(1.0, (double) count / Math.max(Math.min(countedA, countedB), Math.min(
						Math.max(countedA, countedB), MIN_OWN)));
				pairs.add(new SimilarPair(projects.get(a).name(), projects.get(b).name(), score, count,
						(double) count / Math.max(1, countedA), (double) count / Math.max(1, countedB),
						shared.fragments(a, b, pairMatches)));
			}
			progress.worked(1);
		}
		pairs.sort(Comparator.comparingDouble(SimilarPair::score).reversed()
				.thenComparing(Comparator.comparingInt(SimilarPair::shared).reversed())
				.thenComparing(SimilarPair::a).thenComparing(SimilarPair::b));
		progress.worked(1);
		return pairs;
	}

	/**
	 * Every project's fingerprints less its starter code's, read on as many threads as there are cores (reading and
	 * tokenising is most of the work); progress and cancelling stay on the caller's thread.
	 */
	private List<ProjectPrints> read(SubMonitor progress) throws IOException, InterruptedException {
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), projects.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "Similarity");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Map<Path, Future<long[]>> starters = new HashMap<>();
			for (ReviewedProject project : projects) {
				if (project.baseline() != null) {
					starters.computeIfAbsent(project.baseline(), baseline -> pool.submit(() -> starterHashes(
							baseline)));
				}
			}
			List<Future<ProjectPrints>> pending = new ArrayList<>();
			for (ReviewedProject project : projects) {
				Future<long[]> starter = project.baseline() == null ? null : starters.get(project.baseline());
				pending.add(pool.submit(() -> ProjectPrints.read(project.folder(), project.skip())
						.without(starter == null ? new long[0] : starter.get())));
			}
			List<ProjectPrints> prints = new ArrayList<>();
			for (Future<ProjectPrints> each : pending) {
				checkCancel(progress);
				prints.add(each.get());
				progress.worked(1);
			}
			return prints;
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/** The baseline's hashes, sorted; an unreadable baseline subtracts nothing: more is shown, never less. */
	private static long[] starterHashes(Path baseline) {
		try {
			long[] hashes = ProjectPrints.read(baseline, path -> false).hashes().clone();
			Arrays.sort(hashes);
			return hashes;
		} catch (IOException e) {
			return new long[0];
		}
	}

	private static void checkCancel(SubMonitor progress) throws InterruptedException {
		if (progress.isCanceled()) {
			throw new InterruptedException(ReviewText.Similarity_cancelled);
		}
	}
}
