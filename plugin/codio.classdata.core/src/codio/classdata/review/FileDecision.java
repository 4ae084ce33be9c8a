package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import codio.classdata.review.FileRefresh.Action;
import codio.classdata.workspace.ImportBase;

/**
 * Decides what a refresh does with one file from its three versions. Without a base (a project imported before
 * bases were kept) nobody can tell who changed a file, so a file both sides hold differently is a conflict: the
 * refresh never guesses in favour of either side.
 */
final class FileDecision {

	private final String path;
	private final ImportBase base;
	private final Path current;
	private final Path incoming;
	private final Path baseCopies;

	/**
	 * @param base       the project's base, null when none was recorded
	 * @param current    the project's file, null when it has none
	 * @param incoming   the export's file, null when it has none
	 * @param baseCopies where to put the base's version of a conflicting file, for a three-way compare
	 */
	FileDecision(String path, ImportBase base, Path current, Path incoming, Path baseCopies) {
		this.path = path;
		this.base = base;
		this.current = current;
		this.incoming = incoming;
		this.baseCopies = baseCopies;
	}

	/** The decision, or null when the project already has the export's version (or neither has the file). */
	FileRefresh decide() throws IOException {
		if (current == null && incoming == null || current != null && incoming != null && same(current, incoming)) {
			return null;
		}
		if (base == null) {
			if (current == null) {
				return refresh(Action.ADD, null, null, 1);
			}
			return incoming == null ? refresh(Action.KEEP, null, null, 0) : conflict(1);
		}
		boolean studentChanged = !isBase(incoming);
		boolean instructorChanged = !isBase(current);
		if (!studentChanged) {
			return refresh(Action.KEEP, null, null, 0);
		}
		if (!instructorChanged) {
			return refresh(current == null ? Action.ADD : incoming == null ? Action.DELETE : Action.UPDATE, null,
					null, 0);
		}
		Optional<byte[]> ancestor = base.content(path);
		byte[] mine = small(current);
		byte[] theirs = small(incoming);
		if (mine == null || theirs == null || ancestor.isEmpty()) {
			// one side deleted what the other changed, or both added it, or it is too large to merge
			return conflict(1);
		}
		ThreeWayMerge.Result merge = ThreeWayMerge.merge(ancestor.get(), mine, theirs);
		return merge.clean() ? refresh(Action.MERGE, null, merge.merged(), 0) : conflict(merge.conflicts());
	}

	/** Whether a side holds what the base holds (no file where the base has none counts as unchanged). */
	private boolean isBase(Path side) throws IOException {
		if (!base.entries().containsKey(path)) {
			return side == null;
		}
		return side != null && base.sameAs(path, side);
	}

	private FileRefresh conflict(int places) throws IOException {
		Path baseCopy = null;
		Optional<byte[]> ancestor = base == null ? Optional.empty() : base.content(path);
		if (ancestor.isPresent()) {
			baseCopy = baseCopies.resolve(path);
			Files.createDirectories(baseCopy.getParent());
			Files.write(baseCopy, ancestor.get());
		}
		return refresh(Action.CONFLICT, baseCopy, null, places);
	}

	private FileRefresh refresh(Action action, Path baseCopy, byte[] merged, int conflicts) throws IOException {
		int[] lines = action == Action.KEEP ? new int[2] : studentLines();
		return new FileRefresh(path, action, baseCopy, incoming, merged, lines[1], lines[0],
				action == Action.CONFLICT ? conflicts : 0);
	}

	/** The student's lines {removed, added} since the base, or against the project when there is none. */
	private int[] studentLines() throws IOException {
		byte[] before;
		if (base != null) {
			before = base.content(path).orElse(base.entries().containsKey(path) ? null : new byte[0]);
		} else {
			before = current == null ? new byte[0] : small(current);
		}
		byte[] after = incoming == null ? new byte[0] : small(incoming);
		if (before == null || after == null) {
			return new int[2];
		}
		TextLines old = TextLines.of(before);
		TextLines now = TextLines.of(after);
		return old == null || now == null ? new int[2] : TextLines.changedLines(old, now);
	}

	/** A file's bytes when it is small enough to merge or count by lines, else null (null for no file too). */
	private static byte[] small(Path file) throws IOException {
		return file == null || Files.size(file) > TextLines.MAX_TEXT_BYTES ? null : Files.readAllBytes(file);
	}

	private static boolean same(Path a, Path b) throws IOException {
		return Files.size(a) == Files.size(b) && Files.mismatch(a, b) < 0;
	}
}
