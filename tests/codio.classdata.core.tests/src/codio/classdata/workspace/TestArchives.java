package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import com.github.luben.zstd.ZstdOutputStream;

/**
 * Builds test archives of every format from a list of entries, including the malicious ones real tools refuse.
 * Public for the tests of other packages that read archives (the review's starter sources).
 */
public final class TestArchives {

	static final long MTIME = 1_700_000_000_000L;
	/** Stands for a backslash in zip names; test content must not hold it. */
	private static final char BACKSLASH_PLACEHOLDER = '\u0001';

	public enum Kind {
		FILE,
		/** A file stored uncompressed in a zip, so its bytes can be found and damaged. */
		STORED,
		DIR, SYMLINK, HARDLINK, FIFO, CHAR_DEVICE
	}

	/** One entry to write; {@code content} is the file's bytes or the link's target. */
	public record Spec(String name, Kind kind, byte[] content, boolean executable) {
	}

	private TestArchives() {
	}

	public static Spec file(String name, String content) {
		return new Spec(name, Kind.FILE, content.getBytes(StandardCharsets.UTF_8), false);
	}

	public static Spec file(String name, byte[] content) {
		return new Spec(name, Kind.FILE, content, false);
	}

	static Spec executable(String name, String content) {
		return new Spec(name, Kind.FILE, content.getBytes(StandardCharsets.UTF_8), true);
	}

	static Spec stored(String name, byte[] content) {
		return new Spec(name, Kind.STORED, content, false);
	}

	public static Spec dir(String name) {
		return new Spec(name, Kind.DIR, new byte[0], false);
	}

	static Spec symlink(String name, String target) {
		return new Spec(name, Kind.SYMLINK, target.getBytes(StandardCharsets.UTF_8), false);
	}

	static Spec hardlink(String name, String target) {
		return new Spec(name, Kind.HARDLINK, target.getBytes(StandardCharsets.UTF_8), false);
	}

	static Spec special(String name, Kind kind) {
		return new Spec(name, kind, new byte[0], false);
	}

	public static byte[] zip(Spec... specs) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			for (Spec spec : specs) {
				// the entry would turn \ into /; a placeholder is patched back below, as a Windows tool stores it
				String name = spec.name().replace('\\', BACKSLASH_PLACEHOLDER);
				ZipArchiveEntry entry = new ZipArchiveEntry(spec.kind() == Kind.DIR ? name + "/" : name);
				entry.setTime(MTIME);
				switch (spec.kind()) {
				case SYMLINK:
					entry.setUnixMode(0120777);
					break;
				case DIR:
					entry.setUnixMode(040755);
					break;
				case FIFO:
					entry.setUnixMode(010644);
					break;
				case STORED:
					CRC32 crc = new CRC32();
					crc.update(spec.content());
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(spec.content().length);
					entry.setCrc(crc.getValue());
					entry.setUnixMode(0100644);
					break;
				default:
					entry.setUnixMode(spec.executable() ? 0100755 : 0100644);
				}
				zip.putArchiveEntry(entry);
				zip.write(spec.content());
				zip.closeArchiveEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] zip = bytes.toByteArray();
		for (Spec spec : specs) {
			byte[] stored = spec.name().replace('\\', BACKSLASH_PLACEHOLDER).getBytes(StandardCharsets.UTF_8);
			if (!spec.name().contains("\\")) {
				continue;
			}
			for (int i = 0; i + stored.length <= zip.length; i++) {
				if (java.util.Arrays.equals(zip, i, i + stored.length, stored, 0, stored.length)) {
					for (int j = i; j < i + stored.length; j++) {
						zip[j] = zip[j] == BACKSLASH_PLACEHOLDER ? (byte) '\\' : zip[j];
					}
				}
			}
		}
		return zip;
	}

	static byte[] tar(Spec... specs) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		writeTar(bytes, specs);
		return bytes.toByteArray();
	}

	public static byte[] tarGz(Spec... specs) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes)) {
			writeTar(gzip, specs);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	public static byte[] tarZst(Spec... specs) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZstdOutputStream zstd = new ZstdOutputStream(bytes)) {
			writeTar(zstd, specs);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void writeTar(OutputStream out, Spec... specs) {
		try {
			TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8");
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			for (Spec spec : specs) {
				TarArchiveEntry entry;
				switch (spec.kind()) {
				case SYMLINK:
					entry = new TarArchiveEntry(spec.name(), TarConstants.LF_SYMLINK, true);
					entry.setLinkName(new String(spec.content(), StandardCharsets.UTF_8));
					break;
				case HARDLINK:
					entry = new TarArchiveEntry(spec.name(), TarConstants.LF_LINK, true);
					entry.setLinkName(new String(spec.content(), StandardCharsets.UTF_8));
					break;
				case FIFO:
					entry = new TarArchiveEntry(spec.name(), TarConstants.LF_FIFO, true);
					break;
				case CHAR_DEVICE:
					entry = new TarArchiveEntry(spec.name(), TarConstants.LF_CHR, true);
					break;
				case DIR:
					entry = new TarArchiveEntry(spec.name().endsWith("/") ? spec.name() : spec.name() + "/", true);
					break;
				default:
					entry = new TarArchiveEntry(spec.name(), true);
					entry.setSize(spec.content().length);
					entry.setMode(spec.executable() ? 0100755 : 0100644);
				}
				entry.setModTime(MTIME);
				tar.putArchiveEntry(entry);
				if (spec.kind() == Kind.FILE || spec.kind() == Kind.STORED) {
					tar.write(spec.content());
				}
				tar.closeArchiveEntry();
			}
			tar.finish();
			tar.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path write(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

	/** Every file and link under a folder, relative and {@code /}-separated, with its content or link target. */
	static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> all = new TreeMap<>();
		if (!Files.exists(folder)) {
			return all;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) walk::iterator) {
				String name = folder.relativize(path).toString().replace('\\', '/');
				if (Files.isSymbolicLink(path)) {
					all.put(name, "-> " + Files.readSymbolicLink(path));
				} else if (Files.isRegularFile(path)) {
					all.put(name, new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
				}
			}
		}
		return all;
	}

	/** Asserts that a folder holds exactly the paths given (besides folders). */
	static void assertOnly(Path folder, List<String> expected) throws IOException {
		assertEquals(new TreeMap<>(expected.stream().collect(java.util.stream.Collectors.toMap(p -> p, p -> "")))
				.keySet(), contents(folder).keySet());
	}

	static FileTime mtime() {
		return FileTime.fromMillis(MTIME);
	}
}
