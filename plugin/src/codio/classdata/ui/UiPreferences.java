package codio.classdata.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The UI's own settings: where downloads go, whether popups appear. */
public final class UiPreferences {

	private static final String NODE = "codio.classdata";
	public static final String KEY_DOWNLOAD_FOLDER = "downloadFolder";
	public static final String KEY_SHOW_NOTIFICATIONS = "showNotifications";

	private UiPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	public static Path defaultDownloadFolder() {
		Path home = Path.of(System.getProperty("user.home"));
		Path downloads = home.resolve("Downloads");
		return Files.isDirectory(downloads) ? downloads.resolve("Codio") : home.resolve("Codio");
	}

	public static Path downloadFolder() {
		String value = node().get(KEY_DOWNLOAD_FOLDER, "");
		return value.isBlank() ? defaultDownloadFolder() : Path.of(value);
	}

	public static boolean showNotifications() {
		return node().getBoolean(KEY_SHOW_NOTIFICATIONS, true);
	}
}
