package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.core.JavaCore;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

class ProjectSetupTest extends AbstractImportedProjectTest {

	private static final String CODIO_SETTINGS = "[editor]\ntab_size = 2\n\n[ide]\ntheme = light\n";

	@Test
	void codiosSettingsFileBlocksEveryProjectPreference() throws Exception {
		// The finding behind CodioSettingsFile: with a FILE named .settings in the project root, Eclipse cannot
		// create its .settings folder, so no project preference can be saved.
		write(".settings", CODIO_SETTINGS);
		importProject();

		CoreException charset = assertThrows(CoreException.class, () -> project.setDefaultCharset("UTF-8", null));
		assertEquals("Could not save encoding settings.", charset.getMessage());
		var node = new ProjectScope(project).getNode(StackRecord.NODE);
		node.put(StackRecord.ID, "java17");
		assertThrows(BackingStoreException.class, node::flush);
		assertThrows(CoreException.class, () -> StackRecord.write(project, JAVA_17));
		assertEquals(CODIO_SETTINGS, Files.readString(folder.resolve(".settings")), "the file itself is untouched");
	}

	@Test
	void codiosSettingsFileIsMovedAsideAndKept() throws Exception {
		writeEmulatorWorkspace("sums", 2);
		write(".settings", CODIO_SETTINGS);

		importAndConfigure(JAVA_17);

		assertEquals(CODIO_SETTINGS, Files.readString(folder.resolve(CodioSettingsFile.MOVED_NAME)));
		assertTrue(Files.isDirectory(folder.resolve(".settings")));
		assertTrue(Files.exists(folder.resolve(".settings/org.eclipse.core.resources.prefs")));
		assertTrue(Files.exists(folder.resolve(".settings/org.eclipse.jdt.core.prefs")));
		assertEquals(Optional.of(JAVA_17), StackRecord.read(project));
	}

	@Test
	void aTakenNameGetsANumber() throws Exception {
		write(".settings", CODIO_SETTINGS);
		write(CodioSettingsFile.MOVED_NAME, "the student's own");
		importProject();

		assertEquals(".settings.codio-2", CodioSettingsFile.moveAside(project, null).orElseThrow().getName());
		assertEquals("the student's own", Files.readString(folder.resolve(CodioSettingsFile.MOVED_NAME)));
	}

	@Test
	void onDiskBeforeTheProjectExistsATakenNameGetsANumberToo() throws Exception {
		write(".settings", CODIO_SETTINGS);
		write(CodioSettingsFile.MOVED_NAME, "the student's own");

		assertEquals(folder.resolve(".settings.codio-2"), CodioSettingsFile.moveAside(folder).orElseThrow());
		assertEquals(CODIO_SETTINGS, Files.readString(folder.resolve(".settings.codio-2")));
		assertEquals("the student's own", Files.readString(folder.resolve(CodioSettingsFile.MOVED_NAME)));
		assertFalse(Files.exists(folder.resolve(".settings")));
		assertEquals(Optional.empty(), CodioSettingsFile.moveAside(folder), "nothing left to move");
	}

	@Test
	void eclipsesOwnSettingsFolderStays() throws Exception {
		write(".settings/org.eclipse.core.resources.prefs", "eclipse.preferences.version=1\nencoding/<project>=ISO-8859-1\n");
		importProject();

		assertEquals(Optional.empty(), CodioSettingsFile.moveAside(project, null));
		new ProjectSetup().configure(project, PYTHON, null);
		assertEquals("ISO-8859-1", project.getDefaultCharset(false), "the workspace's own encoding stays");
	}

	@Test
	void aPythonStackGivesAPlainProjectWithItsStackRecorded() throws Exception {
		write("main.py", "print('hello')\n");
		write(".settings", CODIO_SETTINGS);

		importAndConfigure(PYTHON);
		fullBuild();

		assertFalse(project.hasNature(JavaCore.NATURE_ID));
		assertNull(ResourcesPlugin.getWorkspace().getNatureDescriptor(ProjectSetup.PYDEV_NATURE),
				"PyDev is not in the test runtime");
		assertEquals(0, project.getDescription().getNatureIds().length, "no nature of a missing plugin");
		assertEquals("UTF-8", project.getDefaultCharset(false));
		assertEquals(Optional.of(PYTHON), StackRecord.read(project));
		assertEquals(List.of(), errors());
	}

	@Test
	void languagesNameTheNaturesOfTheirPlugins() {
		assertEquals(List.of(ProjectSetup.PYDEV_NATURE), ProjectSetup.natures(StackLanguage.JUPYTER));
		assertEquals(List.of(ProjectSetup.CDT_C_NATURE, ProjectSetup.CDT_CC_NATURE),
				ProjectSetup.natures(StackLanguage.C_CPP));
		assertEquals(List.of(), ProjectSetup.natures(StackLanguage.NODEJS));
	}
}
