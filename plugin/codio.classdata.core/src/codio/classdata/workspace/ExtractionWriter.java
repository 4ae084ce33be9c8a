package codio.classdata.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.ArchiveProblem.Kind;
import codio.classdata.workspace.ArchiveReader.Content;
import codio.classdata.workspace.RawEntry.Source;

/**
 * Writes the entries of a listing that fall under workspace roots into their target folders. Safe to call from
 * several threads at once for different entries. Every target path is checked again (defence in depth), folders
 * are created by this class only and checked not to be links, and files are created new, never through a link.
 */
final class ExtractionWriter implements ArchiveReader.EntryHandler {

	/** Checks for cancel (and reports progress when on the monitor's thread). */
	interface Pulse {
		void check() throws InterruptedException;
	}

	/** What to do with one entry of the input. */
	record Action(ArchiveEntryInfo info, String nestedPath) {
	}

	private record Target(WorkspaceRoot root, Path folder) {
	}

	private static final long CHECK_EVERY_BYTES = 1024 * 1024;
	private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
			LinkOption.NOFOLLOW_LINKS);
	private static final FileAttribute<?>[] NO_ATTRIBUTES = {};
	private static final FileAttribute<?>[] EXECUTABLE = {
			PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")) };
	private static final ThreadLocal<byte[]> BUFFER = ThreadLocal
			.withInitial(() -> new byte[ArchiveReader.BUFFER_SIZE]);

	private final String inputName;
	private final ExtractionLimits limits;
	private final Pulse pulse;
	private final Map<String, List<Target>> byContainer = new LinkedHashMap<>();
	private final Map<String, ArchiveEntryInfo> pending = new ConcurrentHashMap<>();
	/** Nested archives of the listing; those wanted are opened (or written, when under a root) once. */
	private final Set<String> nested;
	private final Set<String> nestedClaimed = ConcurrentHashMap.newKeySet();
	private final AtomicInteger nestedRemaining = new AtomicInteger();
	private final Set<Path> verifiedFolders = ConcurrentHashMap.newKeySet();
	private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	private final AtomicLong files = new AtomicLong();
	private final AtomicLong bytes = new AtomicLong();
	private final List<ArchiveProblem> problems = Collections.synchronizedList(new ArrayList<>());
	private final long bytesToWrite;
	/** Where the headers of .java files go as they are written; null when nobody asked. Set before writing. */
	private JavaHeaders javaHeaders;

	/** Records the header of every .java file written (before any entry is written). */
	void collectJavaHeaders(JavaHeaders headers) {
		this.javaHeaders = headers;
	}

	ExtractionWriter(String inputName, ExtractionLimits limits, Map<WorkspaceRoot, Path> targets,
			ArchiveListing listing, Set<String> nestedArchives, Pulse pulse) {
		this.inputName = inputName;
		this.limits = limits;
		this.pulse = pulse;
		this.nested = nestedArchives;
		targets.forEach((root, folder) -> byContainer.computeIfAbsent(root.container(), c -> new ArrayList<>())
				.add(new Target(root, folder.toAbsolutePath().normalize())));
		long total = 0;
		for (ArchiveEntryInfo entry : listing.entries()) {
			if (!targetsOf(entry).isEmpty()) {
				pending.put(entry.container() + '\0' + entry.path(), entry);
				total += entry.size();
			}
		}
		for (String path : nested) {
			if (byContainer.containsKey(path) || !targetsOf(asFile(path, 0)).isEmpty()) {
				nestedRemaining.incrementAndGet();
			}
		}
		this.bytesToWrite = total;
	}

	/** Bytes of the files to write, for progress. */
	long bytesToWrite() {
		return bytesToWrite;
	}

	long bytesWritten() {
		return bytes.get();
	}

	ExtractionReport report(List<ArchiveProblem> listingProblems) {
		List<ArchiveProblem> all = new ArrayList<>();
		for (ArchiveProblem problem : listingProblems) {
			if (underARoot(problem)) {
				all.add(problem);
			}
		}
		all.addAll(problems);
		return new ExtractionReport(files.get(), bytes.get(), all);
	}

	/**
	 * Refuses links that point out of their workspace, before anything is written: a symbolic link resolving
	 * outside its root, a hard link to an entry outside it.
	 */
	void checkLinks() throws UnsafeArchiveException {
		for (ArchiveEntryInfo entry : pending.values()) {
			if (entry.type() != EntryType.SYMLINK && entry.type() != EntryType.HARDLINK) {
				continue;
			}
			String display = display(entry.container());
			String resolved = entry.type() == EntryType.SYMLINK
					? EntryNames.symlinkTarget(display, entry.path(), entry.path(), entry.linkTarget())
					: EntryNames.normalize(display, entry.linkTarget());
			for (Target target : targetsOf(entry)) {
				String prefix = target.root().prefix();
				boolean inside = prefix.isEmpty() || (resolved + "/").startsWith(prefix)
						&& (entry.type() == EntryType.SYMLINK || resolved.length() >= prefix.length());
				if (!inside) {
					throw new UnsafeArchiveException(display, entry.path(),
							NLS.bind(WorkspaceText.ExtractionWriter_linkOutsideWorkspace,
									new Object[] { display, entry.path(), entry.linkTarget(), target.root() }));
				}
			}
		}
	}

	@Override
	public boolean finished() {
		return pending.isEmpty() && nestedRemaining.get() == 0;
	}

	@Override
	public void entry(Source source, RawEntry raw, Content content) throws IOException, InterruptedException {
		Action action = claim(source, raw);
		if (action != null) {
			perform(source, action, raw, content);
		}
	}

	/** What to do with an entry, decided once per entry name in input order (so the first of duplicates wins). */
	Action claim(Source source, RawEntry raw) throws IOException, InterruptedException {
		pulse.check();
		String path = EntryNames.normalize(source.displayName(), raw.name());
		if (path.isEmpty()) {
			return null;
		}
		if (source.depth() == 0 && nested.contains(path)) {
			return nestedClaimed.add(path) && (byContainer.containsKey(path)
					|| !targetsOf(asFile(path, 0)).isEmpty()) ? new Action(null, path) : null;
		}
		ArchiveEntryInfo info = pending.remove(source.container() + '\0' + path);
		return info == null ? null : new Action(info, null);
	}

	void perform(Source source, Action action, RawEntry raw, Content content)
			throws IOException, InterruptedException {
		if (action.nestedPath() != null) {
			openNested(source, action.nestedPath(), raw, content);
		} else {
			write(source, action.info(), raw, content);
		}
	}

	/** A nested archive: written as a file where it lies in a workspace, and read for the workspaces in it. */
	private void openNested(Source source, String path, RawEntry raw, Content content)
			throws IOException, InterruptedException {
		Path written = write(source, asFile(path, raw.size()), raw, content);
		if (byContainer.containsKey(path)) {
			InputStream in = written != null ? Files.newInputStream(written, LinkOption.NOFOLLOW_LINKS)
					: content.open();
			ArchiveReader.readStream(ArchiveFormat.byName(path), in, source.nested(path), this);
		}
		nestedRemaining.decrementAndGet();
	}

	/** Writes an entry under each root holding it; the first file written, or null. */
	private Path write(Source source, ArchiveEntryInfo info, RawEntry raw, Content content)
			throws IOException, InterruptedException {
		Path first = null;
		for (Target target : targetsOf(info)) {
			Path file = target.folder().resolve(target.root().relativePath(info)).normalize();
			if (!file.startsWith(target.folder()) || file.equals(target.folder())) {
				throw new UnsafeArchiveException(source.displayName(), raw.name(),
						NLS.bind(WorkspaceText.ExtractionWriter_outsideFolder,
								new Object[] { source.displayName(), raw.name(), target.folder() }));
			}
			try {
				if (info.type() == EntryType.DIRECTORY) {
					ensureFolder(target.folder(), file);
					continue;
				}
				ensureFolder(target.folder(), file.getParent());
				switch (info.type()) {
				case FILE:
					if (first == null) {
						copy(source, info, raw, content, file);
						first = file;
					} else {
						Files.copy(first, file, LinkOption.NOFOLLOW_LINKS);
						bytes.addAndGet(info.size());
						if (javaHeaders != null) {
							javaHeaders.copied(first, file);
						}
					}
					break;
				case SYMLINK:
					link(source, raw, file);
					break;
				case HARDLINK:
					hardLink(source, target, raw, file);
					break;
				default:
					break;
				}
			} catch (FileAlreadyExistsException e) {
				problems.add(new ArchiveProblem(source.displayName(), raw.name(), Kind.NAME_CLASH,
						NLS.bind(WorkspaceText.ExtractionWriter_nameClash, raw.name(), e.getFile())));
			} catch (IOException e) {
				throw WriteRefusal.of(source.displayName(), raw.name(), target.folder(), e);
			}
		}
		return first;
	}

	private void copy(Source source, ArchiveEntryInfo info, RawEntry raw, Content content, Path file)
			throws IOException, InterruptedException {
		byte[] buffer = BUFFER.get();
		ByteBuffer wrapped = ByteBuffer.wrap(buffer);
		byte[] head = javaHeaders != null && JavaHeaders.isJavaSource(file)
				? new byte[JavaFileHeader.HEAD_BYTES]
				: null;
		int headLength = 0;
		long written = 0;
		long sinceCheck = 0;
		try (InputStream in = content.open();
				FileChannel out = FileChannel.open(file, CREATE, raw.executable() && posix ? EXECUTABLE
						: NO_ATTRIBUTES)) {
			for (int n; (n = in.read(buffer)) >= 0;) {
				written += n;
				if (written > info.size()) {
					throw new ArchiveLimitException(source.displayName(), raw.name(), "maxTotalBytes",
							NLS.bind(WorkspaceText.ExtractionWriter_moreThanDeclared,
									new Object[] { source.displayName(), raw.name(), info.size() }));
				}
				if (bytes.addAndGet(n) > limits.maxTotalBytes()) {
					throw new ArchiveLimitException(source.displayName(), raw.name(), "maxTotalBytes",
							NLS.bind(WorkspaceText.ExtractionWriter_overTotal, new Object[] { source.displayName(),
									raw.name(), ListingCollector.gib(limits.maxTotalBytes()) }));
				}
				if (head != null && headLength < head.length) {
					int taken = Math.min(n, head.length - headLength);
					System.arraycopy(buffer, 0, head, headLength, taken);
					headLength += taken;
				}
				wrapped.clear().limit(n);
				while (wrapped.hasRemaining()) {
					out.write(wrapped);
				}
				if ((sinceCheck += n) >= CHECK_EVERY_BYTES) {
					sinceCheck = 0;
					pulse.check();
				}
			}
		} catch (ArchiveException | FileAlreadyExistsException e) {
			throw e;
		} catch (IOException e) {
			IOException refusal = WriteRefusal.of(source.displayName(), raw.name(), file.getParent(), e);
			throw refusal != e ? refusal
					: new IOException(NLS.bind(WorkspaceText.ExtractionWriter_cannotWrite, file, e.getMessage()), e);
		}
		if (head != null) {
			javaHeaders.put(file, head, headLength);
		}
		if (raw.modifiedMillis() > 0) {
			// java.io sets the time by path in two system calls; Files.setLastModifiedTime opens the file again
			file.toFile().setLastModified(raw.modifiedMillis());
		}
		files.incrementAndGet();
	}

	private void link(Source source, RawEntry raw, Path file) throws IOException {
		try {
			Files.createSymbolicLink(file, Path.of(raw.linkName().replace('\\', '/')));
			files.incrementAndGet();
		} catch (FileAlreadyExistsException e) {
			throw e;
		} catch (UnsupportedOperationException | FileSystemException e) {
			problems.add(new ArchiveProblem(source.displayName(), raw.name(), Kind.LINK_NOT_CREATED, NLS.bind(
					WorkspaceText.ExtractionWriter_linkRefused, new Object[] { raw.name(), raw.linkName(),
							e.getMessage() })));
		}
	}

	/** A hard link becomes a copy of the file it names, which the archive holds earlier. */
	private void hardLink(Source source, Target target, RawEntry raw, Path file) throws IOException {
		String linked = EntryNames.normalize(source.displayName(), raw.linkName());
		ArchiveEntryInfo linkedInfo = new ArchiveEntryInfo(source.container(), linked, EntryType.FILE, 0, null,
				null);
		Path from = target.root().contains(linkedInfo)
				? target.folder().resolve(target.root().relativePath(linkedInfo)).normalize()
				: null;
		if (from == null || !from.startsWith(target.folder()) || !Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
			problems.add(new ArchiveProblem(source.displayName(), raw.name(), Kind.LINK_NOT_CREATED,
					NLS.bind(WorkspaceText.ExtractionWriter_hardLinkMissing, raw.name(), raw.linkName())));
			return;
		}
		Files.copy(from, file, LinkOption.NOFOLLOW_LINKS);
		bytes.addAndGet(Files.size(file));
		files.incrementAndGet();
	}

	/** Creates a folder and its parents below {@code top}, each checked to be a real folder and not a link. */
	private void ensureFolder(Path top, Path folder) throws IOException {
		if (folder.equals(top) || verifiedFolders.contains(folder)) {
			return;
		}
		ensureFolder(top, folder.getParent());
		try {
			Files.createDirectory(folder);
		} catch (FileAlreadyExistsException e) {
			// made by another entry or thread; checked below
		}
		if (Files.isSymbolicLink(folder)) {
			throw new UnsafeArchiveException(inputName, folder.toString(),
					NLS.bind(WorkspaceText.ExtractionWriter_folderIsLink, inputName, folder));
		}
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(folder.toString());
		}
		verifiedFolders.add(folder);
	}

	private List<Target> targetsOf(ArchiveEntryInfo entry) {
		List<Target> all = byContainer.get(entry.container());
		if (all == null) {
			return List.of();
		}
		List<Target> holding = new ArrayList<>(1);
		for (Target target : all) {
			if (target.root().contains(entry)) {
				holding.add(target);
			}
		}
		return holding;
	}

	private static ArchiveEntryInfo asFile(String path, long size) {
		return new ArchiveEntryInfo("", path, EntryType.FILE, size, null, null);
	}

	private String display(String container) {
		return container.isEmpty() ? inputName : inputName + "!/" + container;
	}

	private boolean underARoot(ArchiveProblem problem) {
		String container = problem.archive().startsWith(inputName + "!/")
				? problem.archive().substring(inputName.length() + 2)
				: "";
		try {
			String path = EntryNames.normalize(problem.archive(), problem.entry());
			return !path.isEmpty() && !targetsOf(new ArchiveEntryInfo(container, path, EntryType.FILE, 0, null, null))
					.isEmpty();
		} catch (UnsafeArchiveException e) {
			return false;
		}
	}
}
