package codio.classdata.workspace;

import java.util.List;
import java.util.Locale;

/** Names of inputs without their archive extension, which name workspaces and projects. */
public final class FileNameParts {

	/** Longest first, so {@code .tar.zst} wins over {@code .zst}. */
	private static final List<String> ARCHIVE_EXTENSIONS = List.of(".tar.zst", ".tar.gz", ".tzst", ".tgz", ".tar",
			".zip");

	private FileNameParts() {
	}

	/** {@code alice.tar.zst} → {@code alice}; names without an archive extension (folders) stay as they are. */
	public static String withoutArchiveExtension(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String extension : ARCHIVE_EXTENSIONS) {
			if (lower.endsWith(extension) && lower.length() > extension.length()) {
				return name.substring(0, name.length() - extension.length());
			}
		}
		return name;
	}
}
