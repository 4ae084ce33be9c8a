package codio.classdata.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import codio.classdata.api.ExportKind;
import okhttp3.HttpUrl;

/** Safe local names for downloaded files, never one that already exists. */
public final class FileNames {

	private static final int MAX_LENGTH = 150;

	private FileNames() {
	}

	/**
	 * The one rule for the name of a saved export, wherever it is saved from (the view, a job, a backup, the
	 * command line): {@code <class name> - <export label><extension>}, with the extension of the file the link
	 * serves (see {@link #extension}), else the export kind's.
	 */
	public static String forExport(String className, ExportKind kind, String url) {
		return sanitise(exportStem(className, kind) + extension(url, kind.extension()));
	}

	/** {@link #forExport} without the extension. */
	public static String exportStem(String className, ExportKind kind) {
		return sanitise(className + " - " + kind.label());
	}

	/** The file name an export URL suggests (its last path segment), made safe, or the fallback. */
	public static String fromUrl(HttpUrl url, String fallback) {
		String last = url.pathSegments().isEmpty() ? "" : url.pathSegments().get(url.pathSegments().size() - 1);
		String decoded = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
		String safe = sanitise(decoded);
		return safe.isEmpty() ? sanitise(fallback) : safe;
	}

	/**
	 * The extension of the file an export link serves: what the link's name ends with ({@code .tar.zst} kept
	 * whole), else {@code fallback} (e.g. the export kind's) when the link does not name a file.
	 */
	public static String extension(String url, String fallback) {
		HttpUrl parsed = HttpUrl.parse(url);
		String fromUrl = parsed == null ? "" : fromUrl(parsed, "");
		if (fromUrl.toLowerCase(Locale.ROOT).endsWith(".tar.zst")) {
			return ".tar.zst";
		}
		return fromUrl.contains(".") ? fromUrl.substring(fromUrl.lastIndexOf('.')) : fallback;
	}

	/** Removes path separators, control and reserved characters; no leading dots (hidden files, "..") either. */
	public static String sanitise(String name) {
		StringBuilder safe = new StringBuilder();
		for (char c : name.toCharArray()) {
			boolean reserved = c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0;
			safe.append(reserved ? '_' : c);
		}
		String result = safe.toString().strip();
		while (result.startsWith(".")) {
			result = result.substring(1);
		}
		return result.length() > MAX_LENGTH ? result.substring(result.length() - MAX_LENGTH) : result;
	}

	/**
	 * The name itself when the folder has no such file, else {@code name (2).ext}, {@code name (3).ext} … The
	 * extension of {@code x.tar.zst} is {@code .tar.zst}.
	 */
	public static Path unique(Path folder, String name) {
		Path candidate = folder.resolve(name);
		if (!Files.exists(candidate)) {
			return candidate;
		}
		int dot = extensionStart(name);
		String stem = name.substring(0, dot);
		String extension = name.substring(dot);
		for (int n = 2;; n++) {
			candidate = folder.resolve(stem + " (" + n + ")" + extension);
			if (!Files.exists(candidate)) {
				return candidate;
			}
		}
	}

	private static int extensionStart(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String compound : new String[] { ".tar.zst", ".tar.gz", ".tar.bz2", ".tar.xz" }) {
			if (lower.endsWith(compound) && lower.length() > compound.length()) {
				return name.length() - compound.length();
			}
		}
		int dot = name.lastIndexOf('.');
		return dot > 0 ? dot : name.length();
	}
}
