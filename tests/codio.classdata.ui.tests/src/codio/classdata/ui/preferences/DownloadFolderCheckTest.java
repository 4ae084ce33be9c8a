package codio.classdata.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadFolderCheckTest {

	@TempDir
	Path temp;

	@Test
	void anExistingFolderOrOneThatCanBeCreatedIsAccepted() {
		assertEquals(Optional.empty(), DownloadFolderCheck.problem(temp.toString()));
		assertEquals(Optional.empty(), DownloadFolderCheck.problem(temp.resolve("a/b/c").toString()));
		assertEquals(Optional.empty(), DownloadFolderCheck.problem("  " + temp + "  "));
	}

	@Test
	void emptyAndRelativePathsAreRefusedWithAnExample() {
		assertEquals(Optional.of(PreferenceMessages.PreferencePage_folderEmpty), DownloadFolderCheck.problem(" "));
		String relative = DownloadFolderCheck.problem("Downloads/Codio").orElseThrow();
		assertTrue(relative.contains("\u201cDownloads/Codio\u201d must be an absolute path"), relative);
	}

	@Test
	void aFileOrAFolderUnderAFileIsRefused() throws Exception {
		Path file = Files.writeString(temp.resolve("notes.txt"), "x");

		assertTrue(DownloadFolderCheck.problem(file.toString()).orElseThrow().contains("is a file"));
		String under = DownloadFolderCheck.problem(file.resolve("sub").toString()).orElseThrow();
		assertTrue(under.contains("cannot be created inside \u201c" + file + "\u201d"), under);
	}

	@Test
	void theBrowseDialogStartsAtTheNearestExistingFolder() {
		assertEquals(temp, DownloadFolderCheck.nearestExisting(temp.resolve("not/yet/there")));
	}
}
