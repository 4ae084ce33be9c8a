package codio.classdata.workspace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;
import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.RawEntry.Source;

/**
 * Reads the entries of every input format and hands each to an {@link EntryHandler} with its content, which the
 * handler may read or not. The same reading serves listing and extraction, so both see the same entries.
 */
final class ArchiveReader {

	static final int BUFFER_SIZE = 64 * 1024;

	private static final int UNIX_TYPE_MASK = 0170000;
	private static final int UNIX_FIFO = 0010000;
	private static final int UNIX_DIRECTORY = 0040000;
	private static final int UNIX_CHAR = 0020000;
	private static final int UNIX_BLOCK = 0060000;
	private static final int UNIX_SOCKET = 0140000;
	private static final int OWNER_EXECUTE = 0100;

	/** An entry's content; a stream of a streamed archive can be opened once only. */
	interface Content {
		InputStream open() throws IOException;
	}

	interface EntryHandler {
		void entry(Source source, RawEntry entry, Content content) throws IOException, InterruptedException;

		/** Whether nothing more is wanted, so a stream need not be read to its end. */
		default boolean finished() {
			return false;
		}
	}

	private ArchiveReader() {
	}

	/** Opens a zip by its central directory; a truncated zip has none. */
	static ZipFile openZip(Path file, String displayName) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			// local headers are read when an entry is, not all at opening: much faster for many small files
			return ZipFile.builder().setSeekableByteChannel(new ReadAheadChannel(channel))
					.setIgnoreLocalFileHeader(true).get();
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw new ArchiveException(displayName, null,
					NLS.bind(WorkspaceText.ArchiveReader_noTableOfContents, displayName, e.getMessage()), e);
		}
	}

	/** The zip's entries in the order of their data, which reads the file front to back. */
	static List<ZipArchiveEntry> zipEntries(ZipFile zip) {
		return Collections.list(zip.getEntriesInPhysicalOrder());
	}

	static void readZipFile(ZipFile zip, Source source, EntryHandler handler)
			throws IOException, InterruptedException {
		for (ZipArchiveEntry entry : zipEntries(zip)) {
			handler.entry(source, zipEntry(zip, entry, source), zipContent(zip, entry, source));
		}
	}

	/**
	 * @throws ArchiveException the entry is encrypted or compressed by a method that cannot be read
	 */
	static RawEntry zipEntry(ZipFile zip, ZipArchiveEntry entry, Source source) throws IOException {
		checkReadable(entry, zip.canReadEntryData(entry), source);
		EntryType type = zipType(entry);
		String link = null;
		if (type == EntryType.SYMLINK) {
			try {
				link = zip.getUnixSymlink(entry);
			} catch (IOException e) {
				throw EntryStream.damaged(source.displayName(), entry.getName(), e);
			}
		}
		return new RawEntry(entry.getName(), type, type == EntryType.DIRECTORY ? 0 : entry.getSize(),
				entry.getCompressedSize(), link, Math.max(0, entry.getTime()),
				(entry.getUnixMode() & OWNER_EXECUTE) != 0);
	}

	static Content zipContent(ZipFile zip, ZipArchiveEntry entry, Source source) {
		return () -> {
			try {
				return new EntryStream(zip.getInputStream(entry), source.displayName(), entry.getName(),
						entry.getCrc(), true);
			} catch (IOException | RuntimeException e) {
				throw EntryStream.damaged(source.displayName(), entry.getName(), e);
			}
		};
	}

	private static EntryType zipType(ZipArchiveEntry entry) {
		int kind = entry.getUnixMode() & UNIX_TYPE_MASK;
		if (kind == UNIX_FIFO || kind == UNIX_CHAR || kind == UNIX_BLOCK || kind == UNIX_SOCKET) {
			return EntryType.SPECIAL;
		}
		if (entry.isUnixSymlink()) {
			return EntryType.SYMLINK;
		}
		return entry.isDirectory() || kind == UNIX_DIRECTORY ? EntryType.DIRECTORY : EntryType.FILE;
	}

	private static void checkReadable(ZipArchiveEntry entry, boolean readable, Source source)
			throws ArchiveException {
		String name = source.displayName();
		if (entry.getGeneralPurposeBit().usesEncryption()) {
			throw new ArchiveException(name, entry.getName(),
					NLS.bind(WorkspaceText.ArchiveReader_encrypted, name, entry.getName()));
		}
		if (!readable) {
			throw new ArchiveException(name, entry.getName(), NLS.bind(WorkspaceText.ArchiveReader_unsupportedMethod,
					new Object[] { name, entry.getName(), entry.getMethod() }));
		}
	}

	/** Reads a zip, tar, tar.gz or tar.zst from a stream (a nested archive, or a tar file), front to back. */
	static void readStream(ArchiveFormat format, InputStream raw, Source source, EntryHandler handler)
			throws IOException, InterruptedException {
		try (InputStream in = decompress(format, raw, source)) {
			if (format == ArchiveFormat.ZIP) {
				readZipStream(in, source, handler);
			} else {
				readTar(in, source, handler);
			}
		}
	}

	private static InputStream decompress(ArchiveFormat format, InputStream raw, Source source)
			throws ArchiveException {
		try {
			switch (format) {
			case TAR_GZ:
				return new GzipCompressorInputStream(new BufferedInputStream(raw, BUFFER_SIZE), true);
			case TAR_ZST:
				return new BufferedInputStream(new ZstdCompressorInputStream(raw), BUFFER_SIZE);
			default:
				return new BufferedInputStream(raw, BUFFER_SIZE);
			}
		} catch (IOException | RuntimeException e) {
			throw EntryStream.damaged(source.displayName(), null, e);
		}
	}

	private static void readTar(InputStream in, Source source, EntryHandler handler)
			throws IOException, InterruptedException {
		TarArchiveInputStream tar = new TarArchiveInputStream(in, "UTF-8");
		String last = null;
		while (!handler.finished()) {
			TarArchiveEntry entry;
			try {
				entry = tar.getNextEntry();
			} catch (ArchiveException e) {
				throw e;
			} catch (IOException | RuntimeException e) {
				// reading the next header also skips the rest of the last entry: the damage is in either
				throw EntryStream.damaged(source.displayName(), last, e);
			}
			if (entry == null) {
				return;
			}
			last = entry.getName();
			String name = last;
			RawEntry raw = new RawEntry(name, tarType(entry), entry.isDirectory() ? 0 : entry.getSize(), -1,
					entry.isSymbolicLink() || entry.isLink() ? entry.getLinkName() : null,
					Math.max(0, entry.getLastModifiedTime().toMillis()), (entry.getMode() & OWNER_EXECUTE) != 0);
			handler.entry(source, raw, () -> new EntryStream(tar, source.displayName(), name, -1, false));
		}
	}

	private static EntryType tarType(TarArchiveEntry entry) {
		if (entry.isSymbolicLink()) {
			return EntryType.SYMLINK;
		}
		if (entry.isLink()) {
			return EntryType.HARDLINK;
		}
		if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
			return EntryType.SPECIAL;
		}
		if (entry.isDirectory()) {
			return EntryType.DIRECTORY;
		}
		return entry.isFile() ? EntryType.FILE : EntryType.SPECIAL;
	}

	/** A zip inside another archive, read by its local headers; no unix modes there, so links come as files. */
	private static void readZipStream(InputStream in, Source source, EntryHandler handler)
			throws IOException, InterruptedException {
		ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
		String last = null;
		while (!handler.finished()) {
			ZipArchiveEntry entry;
			try {
				entry = zip.getNextEntry();
			} catch (ArchiveException e) {
				throw e;
			} catch (UnsupportedZipFeatureException e) {
				throw new ArchiveException(source.displayName(), last,
						NLS.bind(WorkspaceText.ArchiveReader_unsupportedFeature, source.displayName(), e.getMessage()),
						e);
			} catch (IOException | RuntimeException e) {
				throw EntryStream.damaged(source.displayName(), last, e);
			}
			if (entry == null) {
				return;
			}
			last = entry.getName();
			String name = last;
			checkReadable(entry, zip.canReadEntryData(entry), source);
			long size = entry.isDirectory() ? 0 : entry.getSize();
			RawEntry raw = new RawEntry(name, entry.isDirectory() ? EntryType.DIRECTORY : EntryType.FILE, size,
					entry.getCompressedSize(), null, Math.max(0, entry.getTime()), false);
			handler.entry(source, raw, () -> new EntryStream(zip, source.displayName(), name, -1, false));
		}
	}

	/** Walks a folder without following links; links are reported as links, devices and FIFOs as special. */
	static void readFolder(Path root, Source source, EntryHandler handler) throws IOException, InterruptedException {
		List<Path> order = new ArrayList<>();
		List<BasicFileAttributes> attributes = new ArrayList<>();
		Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
				new SimpleFileVisitor<Path>() {
					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
						if (!dir.equals(root)) {
							order.add(dir);
							attributes.add(attrs);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						order.add(file);
						attributes.add(attrs);
						return FileVisitResult.CONTINUE;
					}
				});
		for (int i = 0; i < order.size() && !handler.finished(); i++) {
			Path path = order.get(i);
			BasicFileAttributes attrs = attributes.get(i);
			StringBuilder name = new StringBuilder();
			for (Path segment : root.relativize(path)) {
				name.append(name.length() == 0 ? "" : "/").append(segment);
			}
			EntryType type = attrs.isSymbolicLink() ? EntryType.SYMLINK
					: attrs.isDirectory() ? EntryType.DIRECTORY
							: attrs.isRegularFile() ? EntryType.FILE : EntryType.SPECIAL;
			String link = type == EntryType.SYMLINK ? Files.readSymbolicLink(path).toString() : null;
			boolean executable = type == EntryType.FILE && executable(path);
			String entryName = name.toString();
			handler.entry(source,
					new RawEntry(entryName, type, type == EntryType.FILE ? attrs.size() : 0, -1, link,
							attrs.lastModifiedTime().toMillis(), executable),
					() -> new EntryStream(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS),
							source.displayName(), entryName, -1, true));
		}
	}

	private static boolean executable(Path file) throws IOException {
		try {
			return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
					.contains(PosixFilePermission.OWNER_EXECUTE);
		} catch (UnsupportedOperationException e) {
			return false; // Windows: no such bit
		}
	}

	/** The first bytes of a nested archive, leaving the stream where it was. */
	static byte[] peek(BufferedInputStream in) throws IOException {
		in.mark(ArchiveFormat.MAGIC_BYTES);
		byte[] head = in.readNBytes(ArchiveFormat.MAGIC_BYTES);
		in.reset();
		return head;
	}

	/** A small file's content as UTF-8 (malformed bytes replaced). */
	static String readText(Content content, long max) throws IOException {
		try (InputStream in = content.open()) {
			return new String(in.readNBytes((int) max), StandardCharsets.UTF_8);
		}
	}
}
