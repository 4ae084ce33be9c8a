package codio.classdata.ui.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import codio.classdata.ui.UiPreferences;

/**
 * Whether a folder the user typed can take downloads: an absolute path that is a writable folder, or that can be
 * created because its nearest existing ancestor is one. Nothing is created here; the download does that.
 */
final class DownloadFolderCheck {

	private DownloadFolderCheck() {
	}

	/** What is wrong with the entered folder, for the page's error line; empty when it is usable. */
	static Optional<String> problem(String entered) {
		String text = entered == null ? "" : entered.trim();
		if (text.isEmpty()) {
			return Optional.of(PreferenceMessages.PreferencePage_folderEmpty);
		}
		Path folder;
		try {
			folder = Path.of(text);
		} catch (InvalidPathException e) {
			return Optional.of(NLS.bind(PreferenceMessages.PreferencePage_folderInvalid, text, e.getReason()));
		}
		if (!folder.isAbsolute()) {
			return Optional.of(NLS.bind(PreferenceMessages.PreferencePage_folderNotAbsolute, text,
					UiPreferences.defaultDownloadFolder()));
		}
		folder = folder.normalize();
		if (Files.exists(folder)) {
			if (!Files.isDirectory(folder)) {
				return Optional.of(NLS.bind(PreferenceMessages.PreferencePage_folderIsFile, text));
			}
			return Files.isWritable(folder) ? Optional.empty()
					: Optional.of(NLS.bind(PreferenceMessages.PreferencePage_folderNotWritable, text));
		}
		Path ancestor = nearestExisting(folder);
		if (ancestor == null || !Files.isDirectory(ancestor) || !Files.isWritable(ancestor)) {
			return Optional.of(NLS.bind(PreferenceMessages.PreferencePage_folderNotCreatable, text,
					ancestor == null ? folder.getRoot() : ancestor));
		}
		return Optional.empty();
	}

	/** The folder itself, or the closest ancestor that exists: where a folder dialog should start. */
	static Path nearestExisting(Path folder) {
		Path candidate = folder;
		while (candidate != null && !Files.exists(candidate)) {
			candidate = candidate.getParent();
		}
		return candidate;
	}
}
