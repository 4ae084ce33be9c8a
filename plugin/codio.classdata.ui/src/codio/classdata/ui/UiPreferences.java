package codio.classdata.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.api.ConnectionSettings;

/**
 * The IDE's own settings, next to the connection settings in the workspace preference node
 * {@value ConnectionSettings#PREFERENCE_NODE}: where downloads go by default, and whether a popup announces a
 * finished export or download. A value equal to its default is not stored, so Restore Defaults leaves the
 * preference file clean and a default that depends on the machine (the download folder) follows the machine.
 */
public final class UiPreferences {

	public static final String KEY_DOWNLOAD_FOLDER = "downloadFolder";
	public static final String KEY_SHOW_NOTIFICATIONS = "showNotifications";
	public static final boolean DEFAULT_SHOW_NOTIFICATIONS = true;

	private UiPreferences() {
	}

	/** The folder downloads go to unless the user picks another one: always absolute, perhaps not yet created. */
	public static Path downloadFolder() {
		String stored = node().get(KEY_DOWNLOAD_FOLDER, null);
		if (stored != null && !stored.isBlank()) {
			try {
				Path folder = Path.of(stored.trim());
				if (folder.isAbsolute()) {
					return folder;
				}
			} catch (InvalidPathException e) {
				// A value edited by hand into something unusable: the default serves instead.
			}
		}
		return defaultDownloadFolder();
	}

	/** {@code ~/Downloads/Codio} when the user has a Downloads folder, else {@code ~/Codio}. */
	public static Path defaultDownloadFolder() {
		return defaultDownloadFolder(Path.of(System.getProperty("user.home")));
	}

	static Path defaultDownloadFolder(Path home) {
		Path downloads = home.resolve("Downloads");
		return Files.isDirectory(downloads) ? downloads.resolve("Codio") : home.resolve("Codio");
	}

	/**
	 * Keeps the default download folder; the default value (or {@code null}) removes the setting.
	 *
	 * @throws IllegalArgumentException when the folder is not absolute
	 * @throws BackingStoreException    when the preferences cannot be written
	 */
	public static void setDownloadFolder(Path folder) throws BackingStoreException {
		IEclipsePreferences node = node();
		if (folder == null || folder.normalize().equals(defaultDownloadFolder())) {
			node.remove(KEY_DOWNLOAD_FOLDER);
		} else if (!folder.isAbsolute()) {
			throw new IllegalArgumentException("The download folder '" + folder + "' is not an absolute path.");
		} else {
			node.put(KEY_DOWNLOAD_FOLDER, folder.normalize().toString());
		}
		node.flush();
	}

	/** Whether a popup tells the user that an export is ready or a download has finished. */
	public static boolean showNotifications() {
		return node().getBoolean(KEY_SHOW_NOTIFICATIONS, DEFAULT_SHOW_NOTIFICATIONS);
	}

	/** @throws BackingStoreException when the preferences cannot be written */
	public static void setShowNotifications(boolean show) throws BackingStoreException {
		IEclipsePreferences node = node();
		if (show == DEFAULT_SHOW_NOTIFICATIONS) {
			node.remove(KEY_SHOW_NOTIFICATIONS);
		} else {
			node.putBoolean(KEY_SHOW_NOTIFICATIONS, show);
		}
		node.flush();
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(ConnectionSettings.PREFERENCE_NODE);
	}
}
