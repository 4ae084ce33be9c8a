package codio.classdata.workspace;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.RawEntry.Source;

/**
 * One input of a workspace import, read safely: a zip, tar, tar.gz or tar.zst archive, or a folder.
 * {@link #list} reads every entry without writing anything and refuses unsafe archives as a whole (names that climb
 * or are absolute, links out of the archive, entries under a link, bombs over the {@link ExtractionLimits});
 * {@link #extract} then writes the entries of chosen workspace roots into their target folders, checking every
 * path again.
 * <p>
 * Archives inside the input (a class zip of {@code alice.tar.zst} files, a tar of zips) are opened in place, read
 * as streams from the outer archive without a temporary copy; their entries are listed with the nested archive as
 * {@link ArchiveEntryInfo#container() container}. Nesting is followed one level deep: an archive inside a nested
 * archive is an ordinary file. A nested archive is not listed as a file itself; it is still written as a file where
 * it lies inside a workspace root of the input. A nested zip is read by its local headers, which carry no unix
 * modes, so its links arrive as small files and its files without the executable bit.
 * <p>
 * A zip is read by its central directory and extracted by several threads; tar streams are read once, front to
 * back, and stop as soon as every wanted entry is written. Memory stays flat whatever the size.
 */
public final class WorkspaceArchive implements Closeable {

	private static final int PROGRESS_TICKS = 1000;

	private final Path input;
	private final ArchiveFormat format;
	private final ExtractionLimits limits;
	private final String displayName;
	private ZipFile zip;
	private ArchiveListing listing;
	private Set<String> nested = Set.of();
	private JavaHeaders javaHeaders;

	/** Extractions from now on record the headers of the .java files they write there. */
	void collectJavaHeaders(JavaHeaders headers) {
		this.javaHeaders = headers;
	}

	private WorkspaceArchive(Path input, ArchiveFormat format, ExtractionLimits limits) {
		this.input = input;
		this.format = format;
		this.limits = limits;
		this.displayName = String.valueOf(input.getFileName());
	}

	/**
	 * @param input an archive file or a folder
	 * @throws ArchiveException the input is not an archive of a known format, or a zip without a readable table of
	 *                          contents (truncated)
	 */
	public static WorkspaceArchive open(Path input, ExtractionLimits limits) throws IOException {
		WorkspaceArchive archive = new WorkspaceArchive(input, ArchiveFormat.of(input), limits);
		if (archive.format == ArchiveFormat.ZIP) {
			archive.zip = ArchiveReader.openZip(input, archive.displayName);
		}
		return archive;
	}

	public ArchiveFormat format() {
		return format;
	}

	public Path input() {
		return input;
	}

	/**
	 * Lists every entry, nested archives' entries included, and reads the hint files. Nothing is written.
	 *
	 * @throws UnsafeArchiveException an entry would write outside its folder; nothing may be extracted
	 * @throws ArchiveLimitException  the archive goes over a limit
	 * @throws ArchiveException       the archive is truncated, damaged or encrypted
	 * @throws InterruptedException   the monitor was cancelled
	 */
	public ArchiveListing list(IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(WorkspaceText.WorkspaceArchive_reading, displayName),
				1);
		long compressed = format == ArchiveFormat.TAR_GZ || format == ArchiveFormat.TAR_ZST ? Files.size(input) : -1;
		ListingCollector collector = new ListingCollector(displayName, limits, compressed, progress);
		read(collector);
		listing = collector.finish();
		nested = Set.copyOf(collector.nested());
		progress.worked(1);
		return listing;
	}

	/**
	 * Writes the entries under each root into its target folder: an entry {@code e} with {@code root.contains(e)}
	 * goes to {@code targets.get(root).resolve(root.relativePath(e))}. Entries under no root are skipped. Lists the
	 * input first unless {@link #list} was called. Modification times and the executable bit are kept.
	 * <p>
	 * The target folders must be new or empty: on failure or cancel, everything written into them is deleted again
	 * (and the folders this call created).
	 *
	 * @throws UnsafeArchiveException a link points outside its workspace, or a path would leave its target
	 * @throws ArchiveLimitException  more bytes than the limits allow, or an entry larger than it declares
	 * @throws ArchiveException       the archive is truncated or damaged
	 * @throws IOException            a target folder is not empty, or cannot be written
	 * @throws InterruptedException   the monitor was cancelled
	 */
	public ExtractionReport extract(Map<WorkspaceRoot, Path> targets, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(WorkspaceText.WorkspaceArchive_extracting, displayName), 10 + PROGRESS_TICKS);
		if (listing == null) {
			list(progress.split(10));
		} else {
			progress.worked(10);
		}
		Map<WorkspaceRoot, Path> folders = new LinkedHashMap<>();
		targets.forEach((root, folder) -> folders.put(root, folder.toAbsolutePath().normalize()));
		List<Path> created = prepareTargets(folders.values());
		ExtractionProgress pulse = new ExtractionProgress(progress, PROGRESS_TICKS);
		ExtractionWriter writer = new ExtractionWriter(displayName, limits, folders, listing, nested, pulse);
		writer.collectJavaHeaders(javaHeaders);
		pulse.follow(writer);
		try {
			writer.checkLinks();
			if (format == ArchiveFormat.ZIP) {
				new ZipExtraction(zip, input, new Source("", displayName, 0), writer, pulse).run();
			} else {
				read(writer);
			}
		} catch (IOException | InterruptedException | RuntimeException | Error e) {
			deleteWritten(folders.values(), created);
			throw e;
		}
		return writer.report(listing.problems());
	}

	private void read(ArchiveReader.EntryHandler handler) throws IOException, InterruptedException {
		Source source = new Source("", displayName, 0);
		switch (format) {
		case ZIP:
			ArchiveReader.readZipFile(zip, source, handler);
			break;
		case FOLDER:
			ArchiveReader.readFolder(input, source, handler);
			break;
		default:
			try (InputStream in = Files.newInputStream(input)) {
				ArchiveReader.readStream(format, in, source, handler);
			}
		}
	}

	/** Creates missing target folders; refuses one that holds anything, as a failure would delete it. */
	private static List<Path> prepareTargets(Iterable<Path> folders) throws IOException {
		List<Path> created = new ArrayList<>();
		for (Path folder : folders) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> children = Files.list(folder)) {
					if (children.findAny().isPresent()) {
						throw new IOException(NLS.bind(WorkspaceText.WorkspaceArchive_folderNotEmpty, folder));
					}
				}
			} else if (!created.contains(folder)) {
				Files.createDirectories(folder);
				created.add(folder);
			}
		}
		return created;
	}

	/** Removes what an extraction that failed or was cancelled wrote: links are removed, never followed. */
	private static void deleteWritten(Iterable<Path> folders, List<Path> created) {
		for (Path given : folders) {
			try {
				// the target itself may be a link the user made to a folder: walk where it points, keep the link
				Path folder = given.toRealPath();
				boolean ours = created.contains(given);
				Files.walkFileTree(folder, new SimpleFileVisitor<Path>() {
					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
						Files.delete(file);
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
						if (!dir.equals(folder) || ours) {
							Files.delete(dir);
						}
						return FileVisitResult.CONTINUE;
					}
				});
			} catch (IOException e) {
				// best effort: the error that stopped the extraction is what the user needs to see
			}
		}
	}

	@Override
	public void close() throws IOException {
		if (zip != null) {
			zip.close();
			zip = null;
		}
	}

	@Override
	public String toString() {
		return displayName + " (" + format.label() + ")";
	}
}
