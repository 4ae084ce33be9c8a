package codio.classdata.ui.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.ExportKind;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.review.RefreshOutcome;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.EmulatorClass;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.UiPreferences;
import codio.classdata.ui.WorkbenchTestSupport;

/**
 * Refresh from Export on an emulator class, end to end: the class export imported from Codio (the class recorded),
 * the instructor's review comment at the top of every Java file, the students work on (the emulator's later work),
 * then the wizard's own "Download a new class export from Codio" starts and downloads the newer export, and Finish
 * brings each student's new lines in below the instructor's comment.
 */
class RefreshFromEmulatorUiTest {

	private static final String REVIEW = "// Reviewed by the instructor\n";

	@TempDir
	Path temp;
	private CodioEmulator emulator;
	/** The export the wizard's download filled in. */
	private final AtomicReference<Path> downloaded = new AtomicReference<>();
	private final List<IProject> imported = new ArrayList<>();

	@BeforeEach
	void aJavaClassImportedFromCodioAndReviewed() throws Exception {
		emulator = CodioEmulator.startDemo();
		emulator.state().setStudentsPerClass(6);
		emulator.state().setFilesPerWorkspace(2);
		emulator.state().setTaskDelay(Duration.ofMillis(50));
		InstanceScope.INSTANCE.getNode("codio.classdata").put(UiPreferences.KEY_DOWNLOAD_FOLDER,
				Files.createDirectories(temp.resolve("downloads")).toString());
		EmulatorClass javaClass = EmulatorClass.tagged(WorkbenchTestSupport.signInTo(emulator), "java");
		imported.addAll(javaClass.importFirstAssignment(javaClass.download(ExportKind.WORKDATA, temp)));
		assertEquals(6, imported.size());
		for (IProject project : imported) {
			for (Path java : javaFiles(project)) {
				String code = Files.readString(java);
				project.getFile(project.getLocation().toPath().relativize(java).toString()).setContents(
						new java.io.ByteArrayInputStream((REVIEW + code).getBytes(StandardCharsets.UTF_8)),
						IResource.KEEP_HISTORY, null);
			}
		}
		emulator.state().advanceStudentWork();
		WorkbenchTestSupport.closeOtherShells();
		WorkbenchTestSupport.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 900);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().join(JobFamilies.REFRESHES, null);
		WorkbenchTestSupport.closeOtherShells();
		for (IProject project : imported) {
			project.delete(true, true, new NullProgressMonitor());
		}
		InstanceScope.INSTANCE.getNode("codio.classdata").remove(UiPreferences.KEY_DOWNLOAD_FOLDER);
		CodioSession.reset();
		emulator.close();
	}

	private static List<Path> javaFiles(IProject project) throws Exception {
		try (Stream<Path> files = Files.walk(project.getLocation().toPath())) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	@Test
	void theWizardDownloadsTheNewerExportFromCodioAndFinishBringsTheStudentsWorkIn() throws Exception {
		AtomicReference<RefreshFromExportWizard> opened = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Map<String, String> statusByProject = new LinkedHashMap<>();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 90_000;
		display.timerExec(200, () -> step(display, opened, failure, statusByProject, deadline, false));

		IViewPart explorer = WorkbenchTestSupport.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(imported));
		WorkbenchTestSupport.settle(300);
		explorer.getSite().getService(IHandlerService.class).executeCommand(UiIds.REFRESH_FROM_EXPORT_COMMAND, null);

		if (failure.get() != null) {
			throw new AssertionError("the wizard script failed", failure.get());
		}
		RefreshFromExportWizard wizard = opened.get();
		assertNotNull(wizard, "the command opened the wizard");
		assertTrue(downloaded.get().startsWith(temp.resolve("downloads")),
				"the newer export was downloaded into the download folder: " + downloaded.get());
		assertEquals(6, statusByProject.size(), statusByProject.toString());
		assertTrue(statusByProject.values().stream().allMatch(s -> s.equals("Will update") || s.equals("Unchanged")),
				"the students' later work is below the instructor's comment: no conflict; " + statusByProject);
		assertTrue(statusByProject.containsValue("Will update"), statusByProject.toString());
		RefreshJob job = wizard.job();
		assertNotNull(job, "Finish started the refresh");
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().toString());

		int updated = 0;
		for (RefreshOutcome outcome : job.outcomes()) {
			boolean worked = false;
			for (Path java : javaFiles(outcome.project())) {
				String code = Files.readString(java);
				assertTrue(code.startsWith(REVIEW), "the instructor's comment stays in " + java);
				worked |= code.contains("// later work, round 1");
			}
			boolean added = Files.exists(outcome.project().getLocation().toPath().resolve("notes-1.md"));
			assertEquals(outcome.status() == RefreshOutcome.Status.UPDATED, worked || added, outcome.toString());
			updated += outcome.status() == RefreshOutcome.Status.UPDATED ? 1 : 0;
		}
		assertEquals(statusByProject.values().stream().filter("Will update"::equals).count(), updated);
	}

	/** One step of the script, from a timer inside the wizard's event loop: download, Next, read the rows, Finish. */
	private void step(Display display, AtomicReference<RefreshFromExportWizard> opened,
			AtomicReference<Throwable> failure, Map<String, String> statusByProject, long deadline,
			boolean downloading) {
		WizardDialog dialog = null;
		for (Shell shell : display.getShells()) {
			if (shell.getData() instanceof WizardDialog open && open.getCurrentPage() != null
					&& open.getCurrentPage().getWizard() instanceof RefreshFromExportWizard) {
				dialog = open;
			}
		}
		try {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError(dialog == null ? "no Refresh from Export wizard opened"
						: "the download from Codio did not finish in time");
			}
			if (dialog == null) {
				display.timerExec(200, () -> step(display, opened, failure, statusByProject, deadline, downloading));
				return;
			}
			RefreshFromExportWizard wizard = (RefreshFromExportWizard) dialog.getCurrentPage().getWizard();
			opened.set(wizard);
			NewerExportPage page = wizard.exportPage();
			if (!downloading) {
				assertTrue(page.offersDownload(), "the projects know their class and we are signed in");
				Link link = find(dialog.getShell(), Link.class, null);
				assertNotNull(link, "the download link");
				link.notifyListeners(SWT.Selection, new Event());
			} else if (page.isPageComplete()) {
				downloaded.set(page.file());
				Shell shell = dialog.getShell();
				press(shell, IDialogConstants.NEXT_LABEL);
				assertEquals(wizard.changesPage(), dialog.getCurrentPage(), String.valueOf(page.getErrorMessage()));
				for (TableItem row : wizard.changesPage().projectsViewer().getTable().getItems()) {
					statusByProject.put(row.getText(0), row.getText(4));
				}
				press(shell, IDialogConstants.FINISH_LABEL);
				return;
			}
			display.timerExec(200, () -> step(display, opened, failure, statusByProject, deadline, true));
		} catch (Throwable e) {
			failure.set(e);
			if (dialog != null) {
				dialog.close();
			}
		}
	}

	private static void press(Shell shell, String label) {
		Button button = find(shell, Button.class, label);
		assertNotNull(button, label);
		assertTrue(button.isEnabled(), label + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** The first visible control of a type (with this text, unless null) under a control. */
	private static <T extends Control> T find(Control control, Class<T> type, String text) {
		if (type.isInstance(control) && control.isVisible() && (text == null
				|| control instanceof Button button && text.equals(button.getText()))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
