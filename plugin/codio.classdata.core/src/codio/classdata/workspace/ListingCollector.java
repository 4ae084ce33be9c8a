package codio.classdata.workspace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.ArchiveProblem.Kind;
import codio.classdata.workspace.ArchiveReader.Content;
import codio.classdata.workspace.RawEntry.Source;

/**
 * Builds an {@link ArchiveListing}: refuses unsafe names and links, enforces the limits on declared sizes, skips
 * duplicates, special files and names this platform cannot hold, reads hint files, and opens nested archives.
 */
final class ListingCollector implements ArchiveReader.EntryHandler {

	private static final long BYTES_PER_TICK = 1024 * 1024;

	private final String inputName;
	private final ExtractionLimits limits;
	private final IProgressMonitor monitor;
	/** Compressed size of a tar.gz/tar.zst input, for its overall ratio; else -1. */
	private final long compressedInput;
	private final List<ArchiveEntryInfo> entries = new ArrayList<>();
	private final List<ArchiveProblem> problems = new ArrayList<>();
	/** container NUL path of every entry kept, nested archives included. */
	private final Set<String> keys = new HashSet<>();
	/** container NUL path of every symbolic link, to refuse entries written through one. */
	private final Set<String> symlinks = new HashSet<>();
	private final Set<String> nested = new LinkedHashSet<>();
	private long count;
	private long fileCount;
	private long totalBytes;
	private long topBytes;
	private long ticked;

	ListingCollector(String inputName, ExtractionLimits limits, long compressedInput, IProgressMonitor monitor) {
		this.inputName = inputName;
		this.limits = limits;
		this.compressedInput = compressedInput;
		this.monitor = monitor;
	}

	@Override
	public void entry(Source source, RawEntry raw, Content content) throws IOException, InterruptedException {
		if (monitor.isCanceled()) {
			throw new InterruptedException("Reading the archive was cancelled.");
		}
		String display = source.displayName();
		if (++count > limits.maxEntries()) {
			throw new ArchiveLimitException(display, raw.name(), "maxEntries",
					NLS.bind(WorkspaceText.ListingCollector_tooManyEntries, display, limits.maxEntries()));
		}
		String path = EntryNames.normalize(display, raw.name());
		if (path.isEmpty()) {
			return; // the archive's own top folder, "./"
		}
		if (raw.type() == EntryType.SPECIAL) {
			problems.add(new ArchiveProblem(display, raw.name(), Kind.SPECIAL_FILE,
					NLS.bind(WorkspaceText.ListingCollector_specialFile, raw.name())));
			return;
		}
		String invalid = EntryNames.invalidReason(path);
		if (invalid != null) {
			problems.add(new ArchiveProblem(display, raw.name(), Kind.INVALID_NAME,
					NLS.bind(WorkspaceText.ListingCollector_invalidName, raw.name(), invalid)));
			return;
		}
		String key = source.container() + '\0' + path;
		if (!keys.add(key)) {
			problems.add(new ArchiveProblem(display, raw.name(), Kind.DUPLICATE_ENTRY,
					NLS.bind(WorkspaceText.ListingCollector_duplicate, raw.name())));
			return;
		}
		if (raw.type() == EntryType.FILE && source.depth() == 0 && ArchiveFormat.isArchiveName(path)
				&& openNested(source, path, content)) {
			return;
		}
		String link = null;
		if (raw.type() == EntryType.SYMLINK) {
			EntryNames.symlinkTarget(display, raw.name(), path, raw.linkName());
			symlinks.add(key);
			link = raw.linkName();
		} else if (raw.type() == EntryType.HARDLINK) {
			try {
				EntryNames.normalize(display, raw.linkName() == null ? "" : raw.linkName());
			} catch (UnsafeArchiveException e) {
				throw new UnsafeArchiveException(display, raw.name(), NLS.bind(
						WorkspaceText.ListingCollector_hardLinkOutside, new Object[] { display, raw.name(),
								raw.linkName() }));
			}
			link = raw.linkName();
		}
		long size = 0;
		String text = null;
		if (raw.type() == EntryType.FILE) {
			size = raw.size() >= 0 ? raw.size() : measure(source, raw, content);
			addBytes(source, raw, size);
			if (limits.overRatio(size, raw.compressedSize())) {
				throw new ArchiveLimitException(display, raw.name(), "maxCompressionRatio",
						NLS.bind(WorkspaceText.ListingCollector_entryRatio, new Object[] { display, raw.name(),
								size / raw.compressedSize(), limits.maxCompressionRatio() }));
			}
			fileCount++;
			if (ArchiveEntryInfo.isHintFile(path, size)) {
				text = ArchiveReader.readText(content, ArchiveEntryInfo.MAX_HINT_BYTES);
			}
		}
		entries.add(new ArchiveEntryInfo(source.container(), path, raw.type(), size, link, text));
	}

	/** Opens an archive inside the input in place, its entries listed with it as container. */
	private boolean openNested(Source source, String path, Content content) throws IOException, InterruptedException {
		ArchiveFormat format = ArchiveFormat.byName(path);
		try (BufferedInputStream in = new BufferedInputStream(content.open(), ArchiveReader.BUFFER_SIZE)) {
			if (!format.matches(ArchiveReader.peek(in))) {
				problems.add(new ArchiveProblem(source.displayName(), path, Kind.NOT_AN_ARCHIVE,
						NLS.bind(WorkspaceText.ListingCollector_notAnArchive, path, format.label())));
				return false;
			}
			nested.add(path);
			ArchiveReader.readStream(format, in, source.nested(path), this);
			return true;
		}
	}

	/** The size of a streamed entry that does not state it, by reading it (within the limit). */
	private long measure(Source source, RawEntry raw, Content content) throws IOException {
		long size = 0;
		byte[] buffer = new byte[ArchiveReader.BUFFER_SIZE];
		try (InputStream in = content.open()) {
			for (int n; (n = in.read(buffer)) >= 0;) {
				size += n;
				if (totalBytes + size > limits.maxTotalBytes()) {
					throw overTotal(source, raw);
				}
			}
		}
		return size;
	}

	private void addBytes(Source source, RawEntry raw, long size) throws ArchiveLimitException {
		totalBytes += size;
		String display = source.displayName();
		if (totalBytes > limits.maxTotalBytes()) {
			throw overTotal(source, raw);
		}
		if (source.depth() == 0) {
			topBytes += size;
			if (limits.overRatio(topBytes, compressedInput)) {
				throw new ArchiveLimitException(display, raw.name(), "maxCompressionRatio",
						NLS.bind(WorkspaceText.ListingCollector_archiveRatio, new Object[] { display, raw.name(),
								limits.maxCompressionRatio() }));
			}
		}
		if (totalBytes - ticked >= BYTES_PER_TICK) {
			monitor.subTask(NLS.bind(WorkspaceText.ListingCollector_entries, display, count));
			ticked = totalBytes;
		}
	}

	private ArchiveLimitException overTotal(Source source, RawEntry raw) {
		String display = source.displayName();
		return new ArchiveLimitException(display, raw.name(), "maxTotalBytes", NLS.bind(
				WorkspaceText.ListingCollector_overTotal, new Object[] { display, raw.name(),
						gib(limits.maxTotalBytes()) }));
	}

	static String gib(long bytes) {
		if (bytes >= 1L << 30) {
			return NLS.bind(WorkspaceText.ListingCollector_gib, bytes / (1L << 30));
		}
		return bytes >= 1L << 20 ? NLS.bind(WorkspaceText.ListingCollector_mib, bytes / (1L << 20))
				: NLS.bind(WorkspaceText.ListingCollector_bytes, bytes);
	}

	/**
	 * The listing. Refuses an archive where an entry would be written through a link of the archive (a link
	 * {@code a} followed by {@code a/x}): even a link inside the workspace must not redirect later writes.
	 */
	ArchiveListing finish() throws UnsafeArchiveException {
		if (!symlinks.isEmpty()) {
			for (ArchiveEntryInfo entry : entries) {
				String path = entry.path();
				for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
					String parent = entry.container() + '\0' + path.substring(0, slash);
					if (symlinks.contains(parent)) {
						String archive = entry.container().isEmpty() ? inputName
								: inputName + "!/" + entry.container();
						throw new UnsafeArchiveException(archive, entry.path(), NLS.bind(
								WorkspaceText.ListingCollector_insideLink, new Object[] { archive, entry.path(),
										path.substring(0, slash) }));
					}
				}
			}
		}
		return new ArchiveListing(entries, problems, fileCount, totalBytes);
	}

	/** The nested archives opened, by path in the input. */
	Set<String> nested() {
		return nested;
	}
}
