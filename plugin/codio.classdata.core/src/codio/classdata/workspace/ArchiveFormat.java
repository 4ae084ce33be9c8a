package codio.classdata.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The kinds of input a workspace import reads. An archive's format is known by its name and confirmed by its first
 * bytes, so a renamed or broken download is refused with a clear message instead of failing half way.
 */
public enum ArchiveFormat {
	ZIP, TAR, TAR_GZ, TAR_ZST,
	/** An input that is a folder, such as an export unpacked beforehand. */
	FOLDER;

	/** Enough to see the tar magic at offset 257. */
	static final int MAGIC_BYTES = 264;

	private static final byte[] ZIP_LOCAL = { 'P', 'K', 3, 4 };
	private static final byte[] ZIP_EMPTY = { 'P', 'K', 5, 6 };
	private static final byte[] GZIP = { 0x1f, (byte) 0x8b };
	private static final byte[] ZSTD = { 0x28, (byte) 0xb5, 0x2f, (byte) 0xfd };
	private static final byte[] USTAR = { 'u', 's', 't', 'a', 'r' };
	private static final int USTAR_OFFSET = 257;

	/**
	 * The format of a file or folder.
	 *
	 * @throws ArchiveException the name is not one of an archive, or the content does not match the name
	 */
	public static ArchiveFormat of(Path input) throws IOException {
		if (Files.isDirectory(input)) {
			return FOLDER;
		}
		String name = String.valueOf(input.getFileName());
		ArchiveFormat byName = byName(name);
		if (byName == null) {
			throw notAnArchive(name, null);
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(input)) {
			head = in.readNBytes(MAGIC_BYTES);
		}
		if (!byName.matches(head)) {
			throw notAnArchive(name, byName);
		}
		return byName;
	}

	/** Whether a name is one of an archive that is opened in place when found inside another archive. */
	public static boolean isArchiveName(String name) {
		return byName(name) != null;
	}

	/** The format a file name stands for, or null. */
	static ArchiveFormat byName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".zip")) {
			return ZIP;
		}
		if (lower.endsWith(".tar")) {
			return TAR;
		}
		if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
			return TAR_GZ;
		}
		if (lower.endsWith(".tar.zst") || lower.endsWith(".tzst")) {
			return TAR_ZST;
		}
		return null;
	}

	/** Whether the first bytes of a file are those of this format. */
	boolean matches(byte[] head) {
		switch (this) {
		case ZIP:
			return startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY);
		case TAR_GZ:
			return startsWith(head, GZIP);
		case TAR_ZST:
			return startsWith(head, ZSTD);
		case TAR:
			return head.length >= USTAR_OFFSET + USTAR.length && Arrays.equals(head, USTAR_OFFSET,
					USTAR_OFFSET + USTAR.length, USTAR, 0, USTAR.length);
		default:
			return false;
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	static ArchiveException notAnArchive(String name, ArchiveFormat expected) {
		String why = expected == null ? WorkspaceText.ArchiveFormat_unknownName
				: NLS.bind(WorkspaceText.ArchiveFormat_unexpectedContent, expected.label());
		return new ArchiveException(name, null, NLS.bind(WorkspaceText.ArchiveFormat_notAnArchive, name, why));
	}

	/** How users call the format. */
	String label() {
		switch (this) {
		case ZIP:
			return "zip";
		case TAR:
			return "tar";
		case TAR_GZ:
			return "tar.gz";
		case TAR_ZST:
			return "tar.zst";
		default:
			return "folder";
		}
	}
}
