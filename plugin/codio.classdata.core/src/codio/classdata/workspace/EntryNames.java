package codio.classdata.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * Turns entry names as stored into safe relative paths. {@code \} counts as a separator, since archives made on
 * Windows use it and an extractor there would climb with it. Names that would leave the target are refused (the
 * whole archive, so nothing is written); names this platform cannot hold are only skipped.
 */
final class EntryNames {

	private static final int MAX_SEGMENT_BYTES = 255;
	private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
			.startsWith("windows");
	private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
			"LPT8", "LPT9");

	private EntryNames() {
	}

	/**
	 * The entry's path, {@code /}-separated, without leading {@code ./}, leading or trailing {@code /}; {@code ""}
	 * for the archive's own root folder ({@code ./}).
	 *
	 * @throws UnsafeArchiveException the name climbs, is absolute, holds a drive, NUL or an empty segment
	 */
	static String normalize(String archive, String raw) throws UnsafeArchiveException {
		if (raw.indexOf('\0') >= 0) {
			throw unsafe(archive, raw, WorkspaceText.EntryNames_nulCharacter);
		}
		String name = raw.replace('\\', '/');
		if (name.startsWith("/")) {
			throw unsafe(archive, raw, WorkspaceText.EntryNames_absolutePath);
		}
		if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
			throw unsafe(archive, raw, WorkspaceText.EntryNames_drive);
		}
		if (name.endsWith("/")) {
			name = name.substring(0, name.length() - 1);
		}
		StringBuilder path = new StringBuilder(name.length());
		int start = 0;
		while (start <= name.length()) {
			int end = name.indexOf('/', start);
			if (end < 0) {
				end = name.length();
			}
			String segment = name.substring(start, end);
			if (segment.equals("..")) {
				throw unsafe(archive, raw, WorkspaceText.EntryNames_climbsOut);
			}
			if (segment.isEmpty() && !name.isEmpty()) {
				throw unsafe(archive, raw, WorkspaceText.EntryNames_emptySegment);
			}
			if (!segment.equals(".") && !segment.isEmpty()) {
				if (path.length() > 0) {
					path.append('/');
				}
				path.append(segment);
			}
			start = end + 1;
		}
		return path.toString();
	}

	/**
	 * Where a symbolic link points, as a path inside its container, or null when it leaves the container. Only
	 * leading {@code ..} are allowed: {@code a/../b} could pass through another link and climb from where it points.
	 *
	 * @param linkPath the link's own normalised path
	 * @throws UnsafeArchiveException the target is absolute, holds a drive or NUL, or climbs after descending
	 */
	static String symlinkTarget(String archive, String raw, String linkPath, String target)
			throws UnsafeArchiveException {
		if (target == null || target.isEmpty() || target.indexOf('\0') >= 0) {
			throw unsafe(archive, raw, WorkspaceText.EntryNames_invalidLinkTarget);
		}
		String t = target.replace('\\', '/');
		if (t.startsWith("/") || (t.length() >= 2 && t.charAt(1) == ':' && Character.isLetter(t.charAt(0)))) {
			throw unsafe(archive, raw, NLS.bind(WorkspaceText.EntryNames_absoluteLink, target));
		}
		int slash = linkPath.lastIndexOf('/');
		String base = slash < 0 ? "" : linkPath.substring(0, slash);
		boolean descended = false;
		for (String segment : t.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				if (descended) {
					throw unsafe(archive, raw, NLS.bind(WorkspaceText.EntryNames_linkClimbs, target));
				}
				if (base == null || base.isEmpty()) {
					throw unsafe(archive, raw, NLS.bind(WorkspaceText.EntryNames_linkOutside, target));
				}
				int up = base.lastIndexOf('/');
				base = up < 0 ? "" : base.substring(0, up);
			} else {
				descended = true;
				base = base.isEmpty() ? segment : base + "/" + segment;
			}
		}
		return base;
	}

	/** Why this platform cannot hold the path, or null when it can. */
	static String invalidReason(String path) {
		int start = 0;
		while (start < path.length()) {
			int end = path.indexOf('/', start);
			if (end < 0) {
				end = path.length();
			}
			// a char is at most 3 UTF-8 bytes (a surrogate pair 4 for 2): only long segments need counting
			if ((end - start) * 3 > MAX_SEGMENT_BYTES
					&& path.substring(start, end).getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
				return NLS.bind(WorkspaceText.EntryNames_segmentTooLong, MAX_SEGMENT_BYTES);
			}
			if (WINDOWS) {
				String reason = windowsReason(path.substring(start, end));
				if (reason != null) {
					return reason;
				}
			}
			start = end + 1;
		}
		try {
			Path.of(path);
		} catch (InvalidPathException e) {
			return NLS.bind(WorkspaceText.EntryNames_notAllowed, e.getReason());
		}
		return null;
	}

	private static String windowsReason(String segment) {
		int dot = segment.indexOf('.');
		String stem = (dot < 0 ? segment : segment.substring(0, dot)).trim().toUpperCase(Locale.ROOT);
		if (WINDOWS_RESERVED.contains(stem)) {
			return NLS.bind(WorkspaceText.EntryNames_windowsReserved, stem);
		}
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c < 32 || "<>:\"|?*".indexOf(c) >= 0) {
				return NLS.bind(WorkspaceText.EntryNames_windowsCharacter,
						c < 32 ? "\\u" + (int) c : String.valueOf(c));
			}
		}
		if (segment.endsWith(".") || segment.endsWith(" ")) {
			return WorkspaceText.EntryNames_windowsEnding;
		}
		return null;
	}

	private static UnsafeArchiveException unsafe(String archive, String raw, String why) {
		return new UnsafeArchiveException(archive, raw,
				NLS.bind(WorkspaceText.EntryNames_unsafe, new Object[] { archive, printable(raw), why }));
	}

	/** The name with control characters shown as escapes, so a message stays readable. */
	static String printable(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			out.append(c < 32 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}
}
