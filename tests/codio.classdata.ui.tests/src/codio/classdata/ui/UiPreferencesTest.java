package codio.classdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.ConnectionSettings;

class UiPreferencesTest {

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ConnectionSettings.PREFERENCE_NODE);

	@AfterEach
	void restoreDefaults() throws Exception {
		UiPreferences.setDownloadFolder(null);
		UiPreferences.setShowNotifications(UiPreferences.DEFAULT_SHOW_NOTIFICATIONS);
	}

	@Test
	void defaultsAreTheDownloadsSubfolderAndNotificationsOn() {
		assertEquals(UiPreferences.defaultDownloadFolder(), UiPreferences.downloadFolder());
		assertTrue(UiPreferences.downloadFolder().isAbsolute());
		assertTrue(UiPreferences.showNotifications());
	}

	@Test
	void defaultFolderIsUnderDownloadsOnlyWhenTheUserHasOne(@TempDir Path home) throws Exception {
		assertEquals(home.resolve("Codio"), UiPreferences.defaultDownloadFolder(home));

		Files.createDirectory(home.resolve("Downloads"));

		assertEquals(home.resolve("Downloads").resolve("Codio"), UiPreferences.defaultDownloadFolder(home));
	}

	@Test
	void valuesRoundTripInTheCodioPreferenceNode(@TempDir Path folder) throws Exception {
		UiPreferences.setDownloadFolder(folder.resolve("exports"));
		UiPreferences.setShowNotifications(false);

		assertEquals(folder.resolve("exports"), UiPreferences.downloadFolder());
		assertFalse(UiPreferences.showNotifications());
		assertEquals(folder.resolve("exports").toString(), node.get(UiPreferences.KEY_DOWNLOAD_FOLDER, null));
		assertEquals("false", node.get(UiPreferences.KEY_SHOW_NOTIFICATIONS, null));
	}

	@Test
	void defaultValuesAreNotStored(@TempDir Path folder) throws Exception {
		UiPreferences.setDownloadFolder(folder);
		UiPreferences.setShowNotifications(false);

		UiPreferences.setDownloadFolder(UiPreferences.defaultDownloadFolder());
		UiPreferences.setShowNotifications(true);

		assertNull(node.get(UiPreferences.KEY_DOWNLOAD_FOLDER, null));
		assertNull(node.get(UiPreferences.KEY_SHOW_NOTIFICATIONS, null));
	}

	@Test
	void aRelativeFolderIsRefusedAndAHandEditedOneFallsBackToTheDefault() throws Exception {
		assertThrows(IllegalArgumentException.class, () -> UiPreferences.setDownloadFolder(Path.of("relative")));

		node.put(UiPreferences.KEY_DOWNLOAD_FOLDER, "relative/folder");

		assertEquals(UiPreferences.defaultDownloadFolder(), UiPreferences.downloadFolder());
	}
}
