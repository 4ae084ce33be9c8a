package codio.classdata.review;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import codio.classdata.review.SimilarPair.Fragment;
import codio.classdata.review.Winnowing.Fingerprint;
import codio.classdata.workspace.RelativePaths;

/**
 * Similarity hints across student projects: which pairs share code that is not the starter code. Each project's
 * code files become normalised token streams ({@link SourceTokens}) and winnowed fingerprints ({@link Winnowing});
 * fingerprints of the assignment's starter code, and those more than half the projects (and at least four) have,
 * never count (MOSS's base file and its "too many occurrences" rule). Pairs are ranked by the shared fingerprints
 * over those of the smaller project.
 */
public final class SimilarityOperation {

	/** Fingerprints more projects than this share are common code, not a hint. */
	private static final int MIN_COMMON = 4;

	private final List<ReviewedProject> projects;

	public SimilarityOperation(List<ReviewedProject> projects) {
		this.projects = List.copyOf(projects);
	}

	/** A fingerprint where it is: the file, relative to the project, and its lines. */
	private record Located(String file, Fingerprint fingerprint) {
	}

	/**
	 * @return the pairs that share any counted code, highest score first
	 * @throws InterruptedException the monitor was cancelled
	 */
	public List<SimilarPair> run(IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, ReviewText.Similarity_task, projects.size() * 2 + 1);
		Map<Path, Set<Long>> starterHashes = new HashMap<>();
		List<Map<Long, Located>> located = new ArrayList<>();
		for (ReviewedProject project : projects) {
			checkCancel(progress);
			Set<Long> starter = project.baseline() == null ? Set.of()
					: starterHashes.computeIfAbsent(project.baseline(), SimilarityOperation::hashesOf);
			Map<Long, Located> own = new LinkedHashMap<>();
			for (Located each : fingerprints(project.folder(), project.skip())) {
				if (!starter.contains(each.fingerprint().hash())) {
					own.putIfAbsent(each.fingerprint().hash(), each);
				}
			}
			located.add(own);
			progress.worked(1);
		}
		Map<Long, List<Integer>> holders = new HashMap<>();
		for (int i = 0; i < located.size(); i++) {
			for (Long hash : located.get(i).keySet()) {
				holders.computeIfAbsent(hash, key -> new ArrayList<>()).add(i);
			}
		}
		int common = Math.max(MIN_COMMON, projects.size() / 2);
		Map<Long, Integer> sharedByPair = new HashMap<>();
		for (Map.Entry<Long, List<Integer>> entry : holders.entrySet()) {
			List<Integer> who = entry.getValue();
			if (who.size() < 2 || who.size() > common) {
				continue;
			}
			for (int x = 0; x < who.size(); x++) {
				for (int y = x + 1; y < who.size(); y++) {
					sharedByPair.merge(((long) who.get(x) << 32) | who.get(y), 1, Integer::sum);
				}
			}
		}
		int[] counted = new int[located.size()];
		for (int i = 0; i < located.size(); i++) {
			for (Long hash : located.get(i).keySet()) {
				int holdersOfHash = holders.get(hash).size();
				counted[i] += holdersOfHash <= common ? 1 : 0;
			}
		}
		progress.worked(projects.size());
		List<SimilarPair> pairs = new ArrayList<>();
		for (Map.Entry<Long, Integer> entry : sharedByPair.entrySet()) {
			checkCancel(progress);
			int a = (int) (entry.getKey() >>> 32);
			int b = (int) (entry.getKey() & 0xffffffffL);
			int shared = entry.getValue();
			int smaller = Math.max(1, Math.min(counted[a], counted[b]));
			pairs.add(new SimilarPair(projects.get(a).name(), projects.get(b).name(), Math.min(1.0,
					(double) shared / smaller), shared, (double) shared / Math.max(1, counted[a]),
					(double) shared / Math.max(1, counted[b]), fragments(located.get(a), located.get(b), holders,
							common)));
		}
		pairs.sort(Comparator.comparingDouble(SimilarPair::score).reversed()
				.thenComparing(Comparator.comparingInt(SimilarPair::shared).reversed())
				.thenComparing(SimilarPair::a).thenComparing(SimilarPair::b));
		progress.worked(1);
		return pairs;
	}

	/** The lines of a and b that hold their shared fingerprints, neighbouring ones merged, longest first. */
	private static List<Fragment> fragments(Map<Long, Located> a, Map<Long, Located> b,
			Map<Long, List<Integer>> holders, int common) {
		List<Fragment> fragments = new ArrayList<>();
		for (Map.Entry<Long, Located> entry : a.entrySet()) {
			Located other = b.get(entry.getKey());
			if (other == null || holders.get(entry.getKey()).size() > common) {
				continue;
			}
			Located mine = entry.getValue();
			Fragment fragment = new Fragment(mine.file(), mine.fingerprint().firstLine(),
					mine.fingerprint().lastLine(), other.file(), other.fingerprint().firstLine(),
					other.fingerprint().lastLine());
			Fragment last = fragments.isEmpty() ? null : fragments.get(fragments.size() - 1);
			if (last != null && last.fileA().equals(fragment.fileA()) && last.fileB().equals(fragment.fileB())
					&& fragment.firstLineA() <= last.lastLineA() + 2 && fragment.firstLineB() <= last.lastLineB() + 2
					&& fragment.firstLineB() >= last.firstLineB() - 2) {
				fragments.set(fragments.size() - 1, new Fragment(last.fileA(), last.firstLineA(),
						Math.max(last.lastLineA(), fragment.lastLineA()), last.fileB(),
						Math.min(last.firstLineB(), fragment.firstLineB()),
						Math.max(last.lastLineB(), fragment.lastLineB())));
			} else {
				fragments.add(fragment);
			}
		}
		fragments.sort(Comparator.comparingInt(Fragment::lines).reversed());
		return fragments;
	}

	private static Set<Long> hashesOf(Path baseline) {
		Set<Long> hashes = new HashSet<>();
		try {
			for (Located each : fingerprints(baseline, path -> false)) {
				hashes.add(each.fingerprint().hash());
			}
		} catch (IOException e) {
			// an unreadable baseline subtracts nothing: more is shown, never less
		}
		return hashes;
	}

	/** Every code file's fingerprints, in file-name order then file order; the teacher's .guides left out. */
	private static List<Located> fingerprints(Path folder, Predicate<String> skip) throws IOException {
		List<Path> files = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				String relative = RelativePaths.of(folder, dir);
				if (!relative.isEmpty() && (relative.startsWith(".") || relative.contains("/.")
						|| skip.test(relative + "/"))) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && SourceTokens.isCode(file.getFileName().toString())
						&& !skip.test(RelativePaths.of(folder, file))) {
					files.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		files.sort(null);
		List<Located> located = new ArrayList<>();
		for (Path file : files) {
			String content;
			try {
				content = Files.readString(file, StandardCharsets.UTF_8);
			} catch (MalformedInputException e) {
				content = Files.readString(file, StandardCharsets.ISO_8859_1);
			}
			String relative = RelativePaths.of(folder, file);
			for (Fingerprint fingerprint : Winnowing.of(SourceTokens.of(file.getFileName().toString(), content))) {
				located.add(new Located(relative, fingerprint));
			}
		}
		return located;
	}

	private static void checkCancel(SubMonitor progress) throws InterruptedException {
		if (progress.isCanceled()) {
			throw new InterruptedException(ReviewText.Similarity_cancelled);
		}
	}
}
