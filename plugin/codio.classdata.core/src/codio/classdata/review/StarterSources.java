package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.ArchiveEntryInfo;
import codio.classdata.workspace.ArchiveException;
import codio.classdata.workspace.ArchiveFormat;
import codio.classdata.workspace.ArchiveListing;
import codio.classdata.workspace.EntryType;
import codio.classdata.workspace.ExtractionLimits;
import codio.classdata.workspace.WorkspaceArchive;
import codio.classdata.workspace.WorkspaceRoot;

/**
 * Lays out the published sources of a class's assignments as read-only baselines, one folder per assignment. The
 * input is any of:
 * <ul>
 * <li>the Course Sources export as Codio makes it: a zip of one archive per assignment ({@code Loops.tar.zst});</li>
 * <li>that zip unpacked: a folder of those archives;</li>
 * <li>a folder (or zip) holding one folder per assignment, named after it;</li>
 * <li>one assignment's archive on its own.</li>
 * </ul>
 * An assignment's archive may hold its files at the top or in one folder. The baselines keep everything the sources
 * hold, {@code .guides/secure/} included (the hidden tests that students' workspaces lack). The input is read as
 * safely as an import reads a class export; on failure or cancel nothing is left in the store.
 */
public final class StarterSources {

	private final Path input;
	private ExtractionLimits limits = ExtractionLimits.DEFAULTS;

	public StarterSources(Path input) {
		this.input = input;
	}

	public StarterSources limits(ExtractionLimits extractionLimits) {
		this.limits = extractionLimits;
		return this;
	}

	/**
	 * Extracts each assignment into its own folder of {@code store}, a folder that must be new or empty.
	 *
	 * @throws ArchiveException     the input is not readable as sources, or holds no assignment
	 * @throws IOException          the store cannot be written
	 * @throws InterruptedException the monitor was cancelled; nothing is left in the store
	 */
	public StarterBaselines extract(Path store, IProgressMonitor monitor) throws IOException, InterruptedException {
		String name = String.valueOf(input.getFileName());
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ReviewText.StarterSources_task, name), 10);
		if (Files.isDirectory(store)) {
			try (Stream<Path> children = Files.list(store)) {
				if (children.findAny().isPresent()) {
					throw new IOException(NLS.bind(ReviewText.StarterSources_storeNotEmpty, store));
				}
			}
		}
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, limits)) {
			ArchiveListing listing = archive.list(progress.split(2));
			Map<String, WorkspaceRoot> assignments = archive.format() == ArchiveFormat.TAR
					|| archive.format() == ArchiveFormat.TAR_GZ || archive.format() == ArchiveFormat.TAR_ZST
							? Map.of(archiveStem(name), new WorkspaceRoot("", commonTopFolder(listing.entries())))
							: assignments(listing.entries());
			if (assignments.isEmpty()) {
				throw new ArchiveException(name, null, NLS.bind(ReviewText.StarterSources_noAssignments, name));
			}
			Map<WorkspaceRoot, Path> targets = new LinkedHashMap<>();
			Map<String, Path> folders = new LinkedHashMap<>();
			Set<String> taken = new LinkedHashSet<>();
			assignments.forEach((assignment, root) -> {
				Path folder = store.resolve(folderName(assignment, taken));
				targets.put(root, folder);
				folders.put(assignment, folder);
			});
			archive.extract(targets, progress.split(7));
			for (Path folder : folders.values()) {
				makeReadOnly(folder);
			}
			progress.worked(1);
			return new StarterBaselines(folders);
		}
	}

	/**
	 * The assignments of a listing: one per nested archive when there are any, else one per top-level folder; in
	 * name order.
	 */
	static Map<String, WorkspaceRoot> assignments(List<ArchiveEntryInfo> entries) {
		Map<String, List<ArchiveEntryInfo>> byContainer = new LinkedHashMap<>();
		for (ArchiveEntryInfo entry : entries) {
			if (!entry.container().isEmpty()) {
				byContainer.computeIfAbsent(entry.container(), c -> new ArrayList<>()).add(entry);
			}
		}
		Map<String, WorkspaceRoot> assignments = new TreeMap<>();
		if (!byContainer.isEmpty()) {
			byContainer.forEach((container, contents) -> assignments.put(archiveStem(container),
					new WorkspaceRoot(container, commonTopFolder(contents))));
			return assignments;
		}
		for (ArchiveEntryInfo entry : entries) {
			int slash = entry.path().indexOf('/');
			if (slash > 0) {
				String top = entry.path().substring(0, slash);
				assignments.putIfAbsent(top, new WorkspaceRoot("", top + "/"));
			}
		}
		return assignments;
	}

	/** {@code "Loops/"} when every entry lies in that one folder, else {@code ""}. */
	private static String commonTopFolder(List<ArchiveEntryInfo> contents) {
		String top = null;
		for (ArchiveEntryInfo entry : contents) {
			int slash = entry.path().indexOf('/');
			String first = slash < 0 ? entry.path() : entry.path().substring(0, slash);
			if (slash < 0 && entry.type() != EntryType.DIRECTORY) {
				return ""; // a file at the top
			}
			if (top == null) {
				top = first;
			} else if (!top.equals(first)) {
				return "";
			}
		}
		return top == null ? "" : top + "/";
	}

	/** {@code "sources/Loops and Arrays.tar.zst"} → {@code "Loops and Arrays"}. */
	static String archiveStem(String container) {
		String file = container.substring(container.lastIndexOf('/') + 1);
		String lower = file.toLowerCase(Locale.ROOT);
		for (String extension : new String[] { ".tar.zst", ".tar.gz", ".tzst", ".tgz", ".tar", ".zip" }) {
			if (lower.endsWith(extension) && ArchiveFormat.isArchiveName(file)) {
				return file.substring(0, file.length() - extension.length());
			}
		}
		return file;
	}

	/** A folder name for an assignment that the file system takes and no other assignment has. */
	private static String folderName(String assignment, Set<String> taken) {
		StringBuilder safe = new StringBuilder();
		for (char c : assignment.toCharArray()) {
			safe.append(c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
		}
		String base = safe.toString().strip().replaceFirst("^\\.+", "");
		if (base.isEmpty()) {
			base = "assignment";
		}
		String candidate = base;
		for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
			candidate = base + " (" + i + ")";
		}
		return candidate;
	}

	/** Baselines are for comparing against: their files are made read-only. */
	private static void makeReadOnly(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(Files::isRegularFile).forEach(file -> file.toFile().setWritable(false, false));
		}
	}
}
