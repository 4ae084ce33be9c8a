package codio.classdata.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.ui.WorkbenchTestSupport;
import codio.classdata.workspace.ProjectOrigin;

/** File > Export > Codio Workspace Zip in the workbench: the student's files as they came, nothing replaced. */
class CodioZipExportWizardUiTest {

	@TempDir
	Path temp;
	private IProject project;
	private WizardDialog dialog;

	@BeforeEach
	void importedProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-alice");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		new ProjectOrigin("Loops", "alice").writeTo(project);
		create(".codio", "{\"commands\": {}}\n");
		create(".settings.codio", "[editor]\ntabSize = 4\n");
		project.getFolder("code").create(true, true, new NullProgressMonitor());
		create("code/Main.java", "class Main { }\n");
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		project.delete(true, true, new NullProgressMonitor());
	}

	private void create(String path, String content) throws Exception {
		project.getFile(path).create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
	}

	@Test
	void finishWritesTheZipCodioImportsAndAnExistingZipBlocksFinish() throws Exception {
		CodioZipExportWizard wizard = new CodioZipExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		CodioZipExportPage page = wizard.page();
		assertEquals(List.of(project), page.projects(), "the selection is checked");

		Files.writeString(temp.resolve("Loops-alice.zip"), "mine");
		page.choose(List.of(project), temp);
		assertFalse(wizard.canFinish(), "an existing zip is never replaced");
		assertTrue(page.getErrorMessage().contains("never replaced"), page.getErrorMessage());
		Path out = Files.createDirectories(temp.resolve("out"));
		page.choose(List.of(project), out);
		assertTrue(wizard.canFinish(), String.valueOf(page.getErrorMessage()));
		assertTrue(wizard.performFinish());
		wizard.job().join();
		dialog.close();

		assertTrue(wizard.job().getResult().isOK(), wizard.job().getResult().toString());
		assertEquals("mine", Files.readString(temp.resolve("Loops-alice.zip")));
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out.resolve("Loops-alice.zip")))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertEquals(List.of(".codio", ".settings", "code/Main.java"), names,
				"Codio's .settings restored; Eclipse's .project left out");
	}
}
