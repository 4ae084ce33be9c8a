package codio.classdata.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.compare.rangedifferencer.IRangeComparator;
import org.eclipse.compare.rangedifferencer.RangeDifference;
import org.eclipse.compare.rangedifferencer.RangeDifferencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.RelativePaths;

/**
 * Compares a student's project folder with the starter code of its assignment, file by file, and counts changed
 * lines with Eclipse's own range differencer (a changed line counts as one removed and one added, as in git).
 * <p>
 * What the import added to the project is not the student's work: Eclipse's {@code .project}, {@code .classpath}
 * and {@code .settings/} folder (unless the starter has them), and whatever {@link #ignoring} names, such as the
 * Java output folder. Codio's {@code .settings} file, which the import keeps as {@code .settings.codio}, is compared
 * under its own name. The starter's {@code .guides/secure/} (hidden tests) never reaches students' workspaces and
 * does not count as deleted.
 */
public final class ChangeComparison {

	/** Larger files are compared by their bytes only: their lines are not counted. */
	static final long MAX_LINE_COUNTED_BYTES = 2L << 20;
	static final String CODIO_SETTINGS = ".settings";
	static final String CODIO_SETTINGS_KEPT_AS = ".settings.codio";
	private static final int SNIFF_BYTES = 8192;

	private final Path project;
	private final Path starter;
	private Predicate<String> ignored = path -> false;

	/**
	 * @param project the student's project folder
	 * @param starter the assignment's starter code (a baseline from {@link StarterSources})
	 */
	public ChangeComparison(Path project, Path starter) {
		this.project = project;
		this.starter = starter;
	}

	/** Also leaves out these project paths ({@code /}-separated, relative), such as build output. */
	public ChangeComparison ignoring(Predicate<String> projectPaths) {
		this.ignored = projectPaths;
		return this;
	}

	public ChangeSummary compare(IProgressMonitor monitor) throws IOException {
		Map<String, Path> starterFiles = RelativePaths.files(starter, path -> true);
		starterFiles.keySet().removeIf(path -> path.startsWith(".guides/secure/"));
		Map<String, Path> projectFiles = new TreeMap<>();
		RelativePaths.files(project, path -> true).forEach((path, file) -> {
			if (path.equals(CODIO_SETTINGS_KEPT_AS)) {
				projectFiles.put(CODIO_SETTINGS, file);
			} else if (starterFiles.containsKey(path) || !addedByImport(path)) {
				projectFiles.put(path, file);
			}
		});
		TreeSet<String> paths = new TreeSet<>(starterFiles.keySet());
		paths.addAll(projectFiles.keySet());
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ReviewText.ChangeComparison_task,
				project.getFileName()), paths.size());
		List<FileChange> changes = new ArrayList<>();
		for (String path : paths) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			changes.add(compare(path, starterFiles.get(path), projectFiles.get(path)));
			progress.worked(1);
		}
		return new ChangeSummary(changes);
	}

	/**
	 * How one file of a project stands against the starter code, for decorating it; empty for what is not the
	 * student's work (Eclipse's metadata, {@code ignored} paths such as build output) or not a file.
	 *
	 * @param path the file's project-relative path, {@code /}-separated
	 */
	public static java.util.Optional<FileChange.Kind> kindOf(Path project, String path, Path starter,
			Predicate<String> ignored) throws IOException {
		Path file = project.resolve(path);
		String starterPath = path.equals(CODIO_SETTINGS_KEPT_AS) ? CODIO_SETTINGS : path;
		Path before = starter.resolve(starterPath);
		boolean inStarter = Files.isRegularFile(before);
		if (!Files.isRegularFile(file) || !inStarter && (isEclipseMetadata(path) || ignored.test(path))) {
			return java.util.Optional.empty();
		}
		if (!inStarter) {
			return java.util.Optional.of(FileChange.Kind.ADDED);
		}
		return java.util.Optional.of(Files.size(before) == Files.size(file) && Files.mismatch(before, file) < 0
				? FileChange.Kind.UNCHANGED
				: FileChange.Kind.CHANGED);
	}

	private boolean addedByImport(String path) {
		return isEclipseMetadata(path) || ignored.test(path);
	}

	/** Eclipse's project files, which an import adds: {@code .project}, {@code .classpath}, {@code .settings/}. */
	private static boolean isEclipseMetadata(String path) {
		return path.equals(".project") || path.equals(".classpath") || path.startsWith(".settings/");
	}

	private static FileChange compare(String path, Path before, Path after) throws IOException {
		if (before == null) {
			Text text = Text.read(after);
			return new FileChange(path, FileChange.Kind.ADDED, text == null ? 0 : text.lines().length, 0,
					text == null);
		}
		if (after == null) {
			Text text = Text.read(before);
			return new FileChange(path, FileChange.Kind.DELETED, 0, text == null ? 0 : text.lines().length,
					text == null);
		}
		if (Files.size(before) == Files.size(after) && Files.mismatch(before, after) < 0) {
			return new FileChange(path, FileChange.Kind.UNCHANGED, 0, 0, false);
		}
		Text old = Text.read(before);
		Text current = Text.read(after);
		if (old == null || current == null) {
			return new FileChange(path, FileChange.Kind.CHANGED, 0, 0, true);
		}
		int added = 0;
		int removed = 0;
		for (RangeDifference difference : RangeDifferencer.findDifferences(new LineComparator(old.lines()),
				new LineComparator(current.lines()))) {
			removed += difference.leftLength();
			added += difference.rightLength();
		}
		return new FileChange(path, FileChange.Kind.CHANGED, added, removed, false);
	}


	/** A file's lines, or null when it is not text (a NUL byte near the start) or too large to count. */
	private record Text(String[] lines) {

		static Text read(Path file) throws IOException {
			if (Files.size(file) > MAX_LINE_COUNTED_BYTES) {
				return null;
			}
			byte[] bytes = Files.readAllBytes(file);
			for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
				if (bytes[i] == 0) {
					return null;
				}
			}
			String content = new String(bytes, StandardCharsets.UTF_8);
			if (content.isEmpty()) {
				return new Text(new String[0]);
			}
			String[] lines = content.split("\r\n|\r|\n", -1);
			// "a\nb\n" is two lines, not three
			if (lines.length > 0 && lines[lines.length - 1].isEmpty()) {
				String[] trimmed = new String[lines.length - 1];
				System.arraycopy(lines, 0, trimmed, 0, trimmed.length);
				return new Text(trimmed);
			}
			return new Text(lines);
		}
	}

	/** Lines as ranges for {@link RangeDifferencer}. */
	private static final class LineComparator implements IRangeComparator {

		private final String[] lines;

		LineComparator(String[] lines) {
			this.lines = lines;
		}

		@Override
		public int getRangeCount() {
			return lines.length;
		}

		@Override
		public boolean rangesEqual(int thisIndex, IRangeComparator other, int otherIndex) {
			return lines[thisIndex].equals(((LineComparator) other).lines[otherIndex]);
		}

		@Override
		public boolean skipRangeComparison(int length, int maxLength, IRangeComparator other) {
			return false;
		}
	}
}
