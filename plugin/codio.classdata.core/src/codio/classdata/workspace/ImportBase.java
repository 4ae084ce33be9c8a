package codio.classdata.workspace;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.resources.IProject;

/**
 * The version of a student's workspace that a project was imported (or last refreshed) from: the base of a
 * three-way refresh, which tells the student's newer work from the instructor's edits. Kept as one zip in the
 * project's working location (in the workspace's metadata, gone with the project), written at import.
 * <p>
 * Files up to {@value #MAX_STORED_BYTES} bytes are kept whole (uncompressed: the base is written while an import
 * runs); larger ones (data sets, media) only by size and
 * CRC-32, enough to tell whether a side changed them, not to merge them.
 */
public final class ImportBase implements Closeable {

	/** Larger files are recorded by size and checksum only. */
	public static final long MAX_STORED_BYTES = 2L << 20;
	static final String FILE_NAME = "import-base.zip";
	private static final String WORKING_LOCATION = "codio.classdata.core";
	private static final String STORED = "files/";
	private static final String SUMMARISED = "large/";

	/**
	 * One file of the base.
	 *
	 * @param size   its length in bytes
	 * @param crc    its CRC-32
	 * @param stored whether its bytes are kept ({@link #content})
	 */
	public record Entry(long size, long crc, boolean stored) {
	}

	private final ZipFile zip;
	private final Map<String, Entry> entries;

	private ImportBase(ZipFile zip, Map<String, Entry> entries) {
		this.zip = zip;
		this.entries = Collections.unmodifiableMap(entries);
	}

	/** Where a project's base is kept. */
	static Path fileOf(IProject project) {
		return project.getWorkingLocation(WORKING_LOCATION).toPath().resolve(FILE_NAME);
	}

	/**
	 * Records the files under {@code folder} as the project's base, replacing the one before in one move (a reader
	 * sees the old base or the new one, never half of one).
	 *
	 * @param folder   the workspace's files, laid out as in the project (Codio's {@code .settings} as
	 *                 {@code .settings.codio}); links are not followed and not recorded
	 * @param included which {@code /}-separated relative paths belong to the student's workspace
	 */
	public static void record(IProject project, Path folder, Predicate<String> included) throws IOException {
		Path target = fileOf(project);
		Files.createDirectories(target.getParent());
		Path part = Files.createTempFile(target.getParent(), FILE_NAME, ".part");
		try {
			try (OutputStream file = Files.newOutputStream(part);
					ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
				// stored, not compressed: this runs during the import, where even the fastest deflate level made the
				// import bench's last projects wait 2.4 s (1.3 s stored, 0.3 s without a base) for 200 workspaces of
				// 300 files; the CRC is computed as the bytes pass
				out.setLevel(Deflater.NO_COMPRESSION);
				for (Map.Entry<String, Path> each : RelativePaths.files(folder, included).entrySet()) {
					write(out, each.getKey(), each.getValue());
				}
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(part);
		}
	}

	/** Records every file under {@code folder}. */
	public static void record(IProject project, Path folder) throws IOException {
		record(project, folder, path -> true);
	}

	/** The project's base; empty when none was recorded (imported before bases were kept, or not by us). */
	public static Optional<ImportBase> read(IProject project) throws IOException {
		Path file = fileOf(project);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		ZipFile zip = new ZipFile(file.toFile());
		Map<String, Entry> entries = new TreeMap<>();
		zip.stream().forEach(entry -> {
			if (entry.getName().startsWith(STORED)) {
				entries.put(entry.getName().substring(STORED.length()),
						new Entry(entry.getSize(), entry.getCrc(), true));
			} else if (entry.getName().startsWith(SUMMARISED)) {
				String[] sizeAndCrc = String.valueOf(entry.getComment()).split(" ");
				entries.put(entry.getName().substring(SUMMARISED.length()), summary(entry, sizeAndCrc));
			}
		});
		return Optional.of(new ImportBase(zip, entries));
	}

	/** Whether a project has a recorded base. */
	public static boolean exists(IProject project) {
		return Files.isRegularFile(fileOf(project));
	}

	/** The base's files by their {@code /}-separated path in the project. */
	public Map<String, Entry> entries() {
		return entries;
	}

	/** The bytes of a stored file; empty when the base does not hold the file or keeps it only summarised. */
	public Optional<byte[]> content(String path) throws IOException {
		Entry entry = entries.get(path);
		if (entry == null || !entry.stored()) {
			return Optional.empty();
		}
		try (InputStream in = zip.getInputStream(zip.getEntry(STORED + path))) {
			return Optional.of(in.readAllBytes());
		}
	}

	/** Whether {@code file} holds what the base holds under {@code path} (by size, then CRC-32). */
	public boolean sameAs(String path, Path file) throws IOException {
		Entry entry = entries.get(path);
		return entry != null && Files.isRegularFile(file) && Files.size(file) == entry.size()
				&& crcOf(file) == entry.crc();
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	private static Entry summary(ZipEntry entry, String[] sizeAndCrc) {
		try {
			return new Entry(Long.parseLong(sizeAndCrc[0]), Long.parseLong(sizeAndCrc[1], 16), false);
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			// a damaged summary: a size no file has, so the file counts as changed on both sides (a conflict)
			return new Entry(-1, -1, false);
		}
	}

	private static void write(ZipOutputStream out, String path, Path file) throws IOException {
		long size = Files.size(file);
		if (size <= MAX_STORED_BYTES) {
			out.putNextEntry(new ZipEntry(STORED + path));
			Files.copy(file, out);
		} else {
			ZipEntry summary = new ZipEntry(SUMMARISED + path);
			// no bytes, only "size crc" in the entry's comment
			summary.setComment(size + " " + Long.toHexString(crcOf(file)));
			out.putNextEntry(summary);
		}
		out.closeEntry();
	}

	static long crcOf(Path file) throws IOException {
		CRC32 crc = new CRC32();
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				crc.update(buffer, 0, n);
			}
		}
		return crc.getValue();
	}

}
