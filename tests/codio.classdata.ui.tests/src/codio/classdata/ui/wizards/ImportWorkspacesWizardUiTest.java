package codio.classdata.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.Course;
import codio.classdata.review.StarterBaseline;
import codio.classdata.ui.WorkbenchTestSupport;
import codio.classdata.workspace.StackRecord;

/** The import wizard in the real workbench: scan, choose, name, stacks, Finish; and the right-click entry point. */
class ImportWorkspacesWizardUiTest {

	@TempDir
	Path temp;
	private TestWizardDialog dialog;

	/** Exposes the Next and Finish buttons' actions. */
	private static final class TestWizardDialog extends WizardDialog {
		TestWizardDialog(Shell parent, ImportWorkspacesWizard wizard) {
			super(parent, wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
		}

		void finish() {
			finishPressed();
		}
	}

	@AfterEach
	void cleanUp() throws CoreException {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		WorkbenchTestSupport.settle(200);
		WorkbenchTestSupport.closeOtherShells();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	private ImportWorkspacesWizard openOn(Path input) {
		return openOn(input, new Course("c101", "CS 101", "", null, null, null, List.of(), List.of(), null, null,
				false));
	}

	private ImportWorkspacesWizard openOn(Path input, Course course) {
		ImportWorkspacesWizard wizard = new ImportWorkspacesWizard(input, course, monitor -> Set.of());
		dialog = new TestWizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.open();
		return wizard;
	}

	@Test
	void scanChooseAndFinishCreatesConfiguredProjectsForTheChosenWorkspaces() throws Exception {
		Path export = JavaClassExport.write(temp.resolve("CS 101.zip"), List.of("Loops", "Arrays"),
				List.of("alice", "bob", "carol"));
		ImportWorkspacesWizard wizard = openOn(export);
		SelectWorkspacesPage select = wizard.selectPage();
		WorkbenchTestSupport.waitUntil(() -> select.rows().size() == 6, "the scan lists six workspaces");
		assertFalse(wizard.canFinish(), "Finish waits for the projects page");

		select.filter("bob");
		select.setVisibleRowsSelected(false);
		select.filter("");
		assertEquals(4, select.selectedRows().size());
		WorkbenchTestSupport.saveScreenshot(dialog.getShell(), "import-wizard-workspaces.png");
		dialog.next();

		ConfigureProjectsPage configure = wizard.configurePage();
		assertEquals(configure, dialog.getCurrentPage());
		assertEquals(List.of("Loops-alice", "Loops-carol", "Arrays-alice", "Arrays-carol"),
				configure.rows().stream().map(row -> row.projectName).toList());
		for (ImportRow row : configure.rows()) {
			assertEquals("java17", row.stack.id());
			assertTrue(row.recommendation.reason().contains("JAVA"), row.recommendation.reason());
		}
		assertTrue(wizard.canFinish());
		WorkbenchTestSupport.saveScreenshot(dialog.getShell(), "import-wizard-stacks.png");
		dialog.finish();

		WorkbenchTestSupport.waitUntil(() -> wizard.job() != null && wizard.job().getResult() != null,
				"the import job finishes", 60_000);
		assertNull(wizard.job().failure());
		for (String name : List.of("Loops-alice", "Loops-carol", "Arrays-alice", "Arrays-carol")) {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
			assertTrue(project.isOpen(), name);
			assertTrue(project.hasNature(JavaCore.NATURE_ID), name);
			assertEquals("Java 17", StackRecord.read(project).orElseThrow().name());
		}
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-bob").exists());
	}

	@Test
	void chosenPublishedSourcesAreAttachedAfterTheImportWhenTheClassIsNotKnown() throws Exception {
		Path export = JavaClassExport.write(temp.resolve("loops.zip"), List.of("Loops"), List.of("alice"));
		Path sources = temp.resolve("sources");
		Files.createDirectories(sources.resolve("Loops/code/loops"));
		Files.writeString(sources.resolve("Loops/code/loops/Main.java"), "package loops;\n// your code here\n");
		ImportWorkspacesWizard wizard = openOn(export, null);
		WorkbenchTestSupport.waitUntil(() -> wizard.selectPage().rows().size() == 1, "the scan");
		dialog.next();
		ConfigureProjectsPage configure = wizard.configurePage();

		configure.chooseSources(temp.resolve("nowhere.zip"));
		assertFalse(configure.isPageComplete(), "a chosen file that does not exist blocks Finish");
		assertTrue(configure.getErrorMessage().contains("nowhere.zip"), configure.getErrorMessage());
		configure.chooseSources(sources);
		assertTrue(configure.isPageComplete(), String.valueOf(configure.getErrorMessage()));
		dialog.finish();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-alice");
		WorkbenchTestSupport.waitUntil(() -> project.exists() && StarterBaseline.read(project).isPresent(),
				"the starter code attached after the import", 60_000);
		Path baseline = StarterBaseline.read(project).orElseThrow();
		assertEquals("package loops;\n// your code here\n",
				Files.readString(baseline.resolve("code/loops/Main.java")));
		wizard.getDialogSettings().put("fetchSources", false); // the next tests start unchecked
	}

	@Test
	void takenNamesAreNumberedAndATypedTakenNameBlocksFinish() throws Exception {
		Path export = JavaClassExport.write(temp.resolve("CS 101.zip"), List.of("Loops"), List.of("alice"));
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-alice");
		existing.create(new NullProgressMonitor());
		ImportWorkspacesWizard wizard = openOn(export);
		WorkbenchTestSupport.waitUntil(() -> wizard.selectPage().rows().size() == 1, "the scan");
		dialog.next();

		ConfigureProjectsPage configure = wizard.configurePage();
		ImportRow row = configure.rows().get(0);
		assertEquals("Loops-alice (2)", row.projectName);
		assertTrue(configure.isPageComplete());

		row.projectName = "Loops-alice";
		row.nameTyped = true;
		configure.revalidate();

		assertFalse(configure.isPageComplete());
		assertTrue(configure.getErrorMessage().contains("already exists"), configure.getErrorMessage());
	}

	@Test
	void unreadableInputSaysWhyOnThePage() throws Exception {
		Path notAnArchive = Files.writeString(temp.resolve("notes.zip"), "just text");
		ImportWorkspacesWizard wizard = openOn(notAnArchive);

		WorkbenchTestSupport.waitUntil(() -> wizard.selectPage().getErrorMessage() != null, "an error message");

		assertTrue(wizard.selectPage().getErrorMessage().contains("notes.zip"),
				wizard.selectPage().getErrorMessage());
		assertFalse(wizard.selectPage().isPageComplete());
	}

	@Test
	void rightClickImportOnAnArchiveInTheProjectExplorerOpensTheWizardOnIt() throws Exception {
		IProject inbox = ResourcesPlugin.getWorkspace().getRoot().getProject("Inbox");
		inbox.create(new NullProgressMonitor());
		inbox.open(new NullProgressMonitor());
		Path export = JavaClassExport.write(inbox.getLocation().toPath().resolve("class.zip"),
				List.of("Loops"), List.of("alice", "bob"));
		inbox.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		IFile archive = inbox.getFile("class.zip");
		assertTrue(archive.exists());
		IViewPart explorer = WorkbenchTestSupport.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(archive));
		WorkbenchTestSupport.settle(300);

		AtomicReference<String> seen = new AtomicReference<>();
		Display display = Display.getCurrent();
		// the handler's dialog blocks in its own event loop: look at it from a timer that loop runs
		ImportWizardProbe.closeWhenScanned(display, 2, seen);
		explorer.getSite().getService(IHandlerService.class)
				.executeCommand("codio.classdata.ui.commands.importWorkspaces", null);

		assertEquals(export.toString() + " 2", seen.get());
	}

	@Test
	void stackDecoratorShowsTheRecordedStack() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Decorated");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		StackRecord.write(project,
				codio.classdata.workspace.StackCatalogue.certified().byId("python").orElseThrow());
		AtomicReference<String> suffix = new AtomicReference<>();
		new codio.classdata.ui.StackDecorator().decorate(project, new RecordingDecoration(suffix));

		assertNotNull(suffix.get());
		assertTrue(suffix.get().contains("Python"), suffix.get());

		suffix.set(null);
		new codio.classdata.ui.StackDecorator().decorate(JavaCore.create(project), new RecordingDecoration(suffix));
		assertEquals(" [Python]", suffix.get(), "the Package Explorer's IJavaProject adapts to the project");
	}

	/** Keeps the suffix a decorator adds. */
	private record RecordingDecoration(AtomicReference<String> suffix)
			implements org.eclipse.jface.viewers.IDecoration {
		@Override
		public void addPrefix(String prefix) {
		}

		@Override
		public void addSuffix(String text) {
			suffix.set(text);
		}

		@Override
		public void addOverlay(org.eclipse.jface.resource.ImageDescriptor overlay) {
		}

		@Override
		public void addOverlay(org.eclipse.jface.resource.ImageDescriptor overlay, int quadrant) {
		}

		@Override
		public void setForegroundColor(org.eclipse.swt.graphics.Color color) {
		}

		@Override
		public void setBackgroundColor(org.eclipse.swt.graphics.Color color) {
		}

		@Override
		public void setFont(org.eclipse.swt.graphics.Font font) {
		}

		@Override
		public org.eclipse.jface.viewers.IDecorationContext getDecorationContext() {
			return org.eclipse.jface.viewers.DecorationContext.DEFAULT_CONTEXT;
		}
	}
}
