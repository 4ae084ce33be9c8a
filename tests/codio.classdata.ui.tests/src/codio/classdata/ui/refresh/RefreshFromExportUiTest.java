package codio.classdata.ui.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkingSet;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.FileRefresh;
import codio.classdata.review.FileRefresh.Action;
import codio.classdata.review.ProjectRefresh;
import codio.classdata.review.RefreshOutcome;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.SelectedProjects;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.WorkbenchTestSupport;
import codio.classdata.workspace.DiscoveredWorkspace;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.PlannedProject;
import codio.classdata.workspace.ProjectNameTemplate;
import codio.classdata.workspace.ScanWorkspacesOperation;
import codio.classdata.workspace.StackRecommender;
import codio.classdata.workspace.WorkspaceScan;

/**
 * Refresh from Export in the workbench, on a class of six imported students: the instructor reviewed some projects,
 * the students worked on; the newer export brings a merge, conflicts settled three ways (Take Student's, Keep Mine,
 * the three-way compare's edited left side), one left undecided, an unchanged project, one no longer in the export
 * and a new student imported as a project.
 */
class RefreshFromExportUiTest {

	private static final String MAIN = """
			def total(values):
			    result = 0
			    for value in values:
			        result += value
			    return result


			def main():
			    print(total([1, 2, 3]))


			main()
			""";
	private static final String REVIEWED = "# Reviewed: the loop is fine\n" + MAIN;
	private static final String ALICE_V2 = MAIN.replace("print(total([1, 2, 3]))", "print(total(range(10)))");
	private static final String INSTRUCTORS = MAIN.replace("result = 0", "result = 0  # start at zero");
	private static final String STUDENTS = MAIN.replace("result = 0", "result = sum([])");
	private static final String MERGED_BY_HAND = MAIN.replace("result = 0", "result = sum([])  # start at zero");

	@TempDir
	Path temp;
	private final Map<String, IProject> projects = new LinkedHashMap<>();

	@BeforeEach
	void aReviewedClassAndItsNewerExport() throws Exception {
		WorkbenchTestSupport.closeOtherShells();
		WorkbenchTestSupport.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 900);
		Map<String, Map<String, String>> v1 = new LinkedHashMap<>();
		for (String student : List.of("alice", "bob", "cy", "dee", "fay", "gus")) {
			v1.put(student, files("main.py", MAIN));
		}
		v1.put("alice", files("main.py", MAIN, "notes.txt", "first notes\n"));
		v1.put("bob", files("main.py", MAIN, "notes.txt", "first notes\n"));
		Path export = zip("Loops v1.zip", v1);
		WorkspaceScan scan = new ScanWorkspacesOperation(export).run(new NullProgressMonitor());
		StackRecommender recommender = new StackRecommender();
		ProjectNameTemplate names = new ProjectNameTemplate(null);
		List<PlannedProject> plan = scan.workspaces().stream().map(w -> new PlannedProject(w, names.nameFor(w, ""),
				recommender.recommend(w.facts()).stack())).toList();
		new ImportWorkspacesOperation(export, plan).run(new NullProgressMonitor()).projects()
				.forEach(imported -> projects.put(imported.workspace().student(), imported.project()));
		assertEquals(6, projects.size());

		// the instructor's review
		edit("alice", "main.py", REVIEWED);
		edit("alice", "REVIEW.md", "Good work.\n");
		edit("bob", "main.py", INSTRUCTORS);
		edit("bob", "notes.txt", "reviewed notes\n");
		edit("cy", "main.py", INSTRUCTORS);
		edit("fay", "main.py", INSTRUCTORS);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().join(JobFamilies.REFRESHES, null);
		WorkbenchTestSupport.closeOtherShells();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	/** The students' newer work: alice's in other lines than the review, bob's, cy's and fay's in the same. */
	private Path newerExport() throws IOException {
		Map<String, Map<String, String>> v2 = new LinkedHashMap<>();
		v2.put("alice", files("main.py", ALICE_V2, "extra.py", "X = 1\n"));
		v2.put("bob", files("main.py", STUDENTS, "notes.txt", "second notes\n"));
		v2.put("cy", files("main.py", STUDENTS));
		v2.put("dee", files("main.py", MAIN));
		v2.put("fay", files("main.py", STUDENTS, "extra.py", "Y = 2\n"));
		v2.put("eve", files("main.py", MAIN.replace("[1, 2, 3]", "[4, 5]")));
		return zip("Loops v2.zip", v2);
	}

	@Test
	void theWizardShowsTheChangesSettlesConflictsAndFinishRefreshesAndImports() throws Exception {
		Path v2 = newerExport();
		AtomicReference<RefreshFromExportWizard> opened = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Display display = Display.getCurrent();
		// the wizard's dialog runs its own event loop: the script runs from a timer inside it, and ends with Finish
		display.timerExec(200, () -> drive(display, v2, opened, failure, System.currentTimeMillis() + 30_000));

		IViewPart explorer = WorkbenchTestSupport.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		List<IProject> selected = List.of("alice", "bob", "cy", "dee", "fay", "gus").stream().map(projects::get)
				.toList();
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(selected));
		WorkbenchTestSupport.settle(300);
		explorer.getSite().getService(IHandlerService.class).executeCommand(UiIds.REFRESH_FROM_EXPORT_COMMAND, null);

		if (failure.get() != null) {
			throw new AssertionError("the wizard script failed", failure.get());
		}
		RefreshFromExportWizard wizard = opened.get();
		assertNotNull(wizard, "the command opened the wizard");
		RefreshJob job = wizard.job();
		assertNotNull(job, "Finish started the refresh");
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertFalse(Files.exists(wizard.plan().temporary()), "the plan's temporary folder is gone");

		Map<String, RefreshOutcome.Status> statuses = new LinkedHashMap<>();
		job.outcomes().forEach(outcome -> statuses.put(outcome.project().getName(), outcome.status()));
		assertEquals(Map.of("Loops-alice", RefreshOutcome.Status.UPDATED, "Loops-bob", RefreshOutcome.Status.UPDATED,
				"Loops-cy", RefreshOutcome.Status.UPDATED, "Loops-dee", RefreshOutcome.Status.UNCHANGED, "Loops-fay",
				RefreshOutcome.Status.CONFLICTS), statuses);

		assertEquals("# Reviewed: the loop is fine\n" + ALICE_V2, read("alice", "main.py"),
				"the student's change merged below the instructor's comment");
		assertEquals("X = 1\n", read("alice", "extra.py"));
		assertFalse(projects.get("alice").getFile("notes.txt").exists(), "deleted by the student");
		assertEquals("Good work.\n", read("alice", "REVIEW.md"), "the instructor's own file kept");
		assertEquals(STUDENTS, read("bob", "main.py"), "Take Student's");
		assertEquals("reviewed notes\n", read("bob", "notes.txt"), "Keep Mine");
		assertEquals(MERGED_BY_HAND, read("cy", "main.py"), "the three-way compare's edited left side");
		assertEquals(MAIN, read("dee", "main.py"));
		assertEquals(INSTRUCTORS, read("fay", "main.py"), "undecided: the project is left as it was");
		assertFalse(projects.get("fay").getFile("extra.py").exists(), "nothing of an undecided project is written");
		assertEquals(MAIN, read("gus", "main.py"), "not in the export: untouched");

		IProject eve = ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-eve");
		assertTrue(eve.exists(), "the new student became a project");
		assertEquals(MAIN.replace("[1, 2, 3]", "[4, 5]"), Files.readString(eve.getLocation().toPath()
				.resolve("main.py")));
		assertEquals(List.of(eve), job.imported().projects().stream().map(imported -> imported.project()).toList());
	}

	/** The wizard's script: finds it, Next, checks the Changes page, settles conflicts, screenshots, Finish. */
	private void drive(Display display, Path v2, AtomicReference<RefreshFromExportWizard> opened,
			AtomicReference<Throwable> failure, long deadline) {
		WizardDialog dialog = null;
		for (Shell shell : display.getShells()) {
			if (shell.getData() instanceof WizardDialog open && open.getCurrentPage() != null
					&& open.getCurrentPage().getWizard() instanceof RefreshFromExportWizard) {
				dialog = open;
			}
		}
		if (dialog == null) {
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(200, () -> drive(display, v2, opened, failure, deadline));
			} else {
				failure.set(new AssertionError("no Refresh from Export wizard opened"));
			}
			return;
		}
		try {
			RefreshFromExportWizard wizard = (RefreshFromExportWizard) dialog.getCurrentPage().getWizard();
			opened.set(wizard);
			script(dialog, wizard, v2, failure);
		} catch (Throwable e) {
			failure.set(e);
			dialog.close();
		}
	}

	private void script(WizardDialog dialog, RefreshFromExportWizard wizard, Path v2,
			AtomicReference<Throwable> failure) throws Exception {
		Shell shell = dialog.getShell();
		shell.setSize(1000, 760);
		NewerExportPage exportPage = wizard.exportPage();
		assertFalse(exportPage.isPageComplete(), "no export chosen yet");
		exportPage.setFile(temp.resolve("missing.zip"));
		assertTrue(exportPage.getErrorMessage().contains("does not exist"), exportPage.getErrorMessage());
		exportPage.setFile(temp);
		assertTrue(exportPage.getErrorMessage().contains("is a folder"), exportPage.getErrorMessage());
		exportPage.setFile(v2);
		assertNull(exportPage.getErrorMessage());
		assertFalse(exportPage.offersDownload(), "no class recorded, not signed in: no download offered");

		press(shell, IDialogConstants.NEXT_LABEL);

		RefreshChangesPage changes = wizard.changesPage();
		assertEquals(changes, dialog.getCurrentPage(), String.valueOf(exportPage.getErrorMessage()));
		Table rows = changes.projectsViewer().getTable();
		assertEquals(List.of("Loops-alice\talice\t3\t+2 \u22122\tWill update",
				"Loops-bob\tbob\t2\t+2 \u22122\t2 conflicts", "Loops-cy\tcy\t1\t+1 \u22121\t1 conflict",
				"Loops-dee\tdee\t0\t+0 \u22120\tUnchanged", "Loops-fay\tfay\t2\t+2 \u22121\t1 conflict",
				"Loops-gus\t\t\t\tNot in export"), texts(rows, 5));
		assertEquals(List.of("eve"), List.of(changes.newStudentsViewer().getCheckedElements()).stream()
				.map(element -> ((DiscoveredWorkspace) element).student()).toList(), "the new student, checked");
		assertTrue(changes.summaryText().contains("left as they are"), changes.summaryText());

		select(changes, "alice");
		assertEquals(List.of("REVIEW.md\tYour edit kept", "extra.py\tAdded by the student",
				"main.py\tMerged with your edits", "notes.txt\tDeleted by the student"),
				texts(changes.files().table(), 2));

		// bob: Take Student's for main.py; the picture with notes.txt still open
		ProjectRefresh bob = select(changes, "bob");
		selectFile(changes, bob, "main.py");
		press(shell, RefreshMessages.Button_students);
		selectFile(changes, bob, "notes.txt");
		assertEquals(List.of("main.py\tConflict decided: the student's taken", "notes.txt\tConflict: both changed"),
				texts(changes.files().table(), 2));
		assertEquals("1 conflict", rows.getItem(1).getText(4));
		// the rest runs from the dialog's own event loop again, so that the tables are painted for the picture
		Display display = shell.getDisplay();
		display.timerExec(300, () -> {
			try {
				// Xvfb has no window manager: GTK leaves tables made on a hidden wizard page unsized until re-shown
				for (Table table : List.of(rows, changes.files().table(), changes.newStudentsViewer().getTable())) {
					table.setVisible(false);
					table.setVisible(true);
				}
				shell.layout(true, true);
				WorkbenchTestSupport.settle(500);
				// the files table filled again now that the page is on screen, as a click on another student does
				select(changes, "alice");
				WorkbenchTestSupport.settle(300);
				ProjectRefresh shown = select(changes, "bob");
				selectFile(changes, shown, "notes.txt");
				// a resize makes GTK allocate every widget again, which a table filled while hidden needs
				shell.setSize(1000, 761);
				WorkbenchTestSupport.settle(300);
				shell.setSize(1000, 760);
				WorkbenchTestSupport.settle(500);
				Table filesTable = changes.files().table();
				// the picture only: a few seconds for GTK to lay the rows out, then taken as it is
				long until = System.currentTimeMillis() + 5_000;
				while (filesTable.getItem(0).getBounds().width <= 1 && System.currentTimeMillis() < until) {
					WorkbenchTestSupport.settle(100);
				}
				// printed, not copied from the screen: a dialog an earlier test closed can leave its pixels there
				WorkbenchTestSupport.saveScreenshot(shell, "refresh-changes.png");
				settleConflicts(shell, wizard, changes, rows);
			} catch (Throwable e) {
				failure.set(e);
				dialog.close();
			}
		});
	}

	private void settleConflicts(Shell shell, RefreshFromExportWizard wizard, RefreshChangesPage changes, Table rows)
			throws Exception {
		press(shell, RefreshMessages.Button_mine);
		assertEquals("Will update", rows.getItem(1).getText(4));

		// cy: the three-way compare's left side edited and saved becomes the resolution
		ProjectRefresh cy = select(changes, "cy");
		FileRefresh cyMain = fileOf(cy, "main.py");
		ConflictCompareInput input = new ConflictCompareInput("Loops-cy", cyMain,
				RefreshFilesPane.projectFile(cy, cyMain));
		input.run(new NullProgressMonitor());
		assertNull(input.edited());
		assertFalse(changes.files().settle(cy, input), "nothing saved: nothing decided");
		assertTrue(input.left().isEditable());
		input.left().setContent(MERGED_BY_HAND.getBytes(StandardCharsets.UTF_8));
		assertTrue(changes.files().settle(cy, input));
		assertEquals(List.of(), cy.unresolved());
		assertEquals(List.of("main.py\tConflict decided: merged by you"), texts(changes.files().table(), 2));
		assertEquals(INSTRUCTORS, read("cy", "main.py"), "nothing is written before Finish");

		// fay: the three-way compare as the user sees it, closed without a decision
		ProjectRefresh fay = select(changes, "fay");
		FileRefresh fayMain = fileOf(fay, "main.py");
		assertNotNull(fayMain.base(), "the version imported is the ancestor");
		ConflictCompareInput compare = new ConflictCompareInput("Loops-fay", fayMain,
				RefreshFilesPane.projectFile(fay, fayMain));
		AtomicReference<String> captured = new AtomicReference<>();
		Display display = shell.getDisplay();
		display.timerExec(300, () -> captureCompare(display, compare.getTitle(), captured,
				System.currentTimeMillis() + 20_000));
		CompareUI.openCompareDialog(compare);
		assertEquals("captured", captured.get());
		assertFalse(changes.files().settle(fay, compare), "closed without saving: still undecided");
		assertEquals("1 conflict", rows.getItem(4).getText(4));

		assertTrue(wizard.canFinish());
		press(shell, IDialogConstants.FINISH_LABEL);
	}

	/** Waits for the compare dialog, saves its picture and closes it (it is modal: the test waits in it). */
	private static void captureCompare(Display display, String title, AtomicReference<String> captured,
			long deadline) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText()) && shell.isVisible()) {
				try {
					WorkbenchTestSupport.saveScreenshot(shell, "refresh-three-way-compare.png");
					captured.set("captured");
				} catch (Exception e) {
					captured.set(e.toString());
				}
				shell.close();
				return;
			}
		}
		if (System.currentTimeMillis() < deadline) {
			display.timerExec(200, () -> captureCompare(display, title, captured, deadline));
		} else {
			captured.set("no compare dialog");
		}
	}

	@Test
	void aWorkingSetStandsForItsProjects() {
		IWorkingSet workingSet = PlatformUI.getWorkbench().getWorkingSetManager().createWorkingSet("Loops",
				new IAdaptable[] { projects.get("bob"), projects.get("alice").getFile("main.py"),
						projects.get("alice") });
		assertEquals(List.of(projects.get("bob"), projects.get("alice")),
				SelectedProjects.of(new StructuredSelection(List.of(workingSet, projects.get("bob")))),
				"each project once, a file standing for its project");
	}

	private ProjectRefresh select(RefreshChangesPage changes, String student) {
		ProjectRefresh refresh = changes.projectsViewer().getInput() instanceof List<?> rows ? rows.stream()
				.filter(ProjectRefresh.class::isInstance).map(ProjectRefresh.class::cast)
				.filter(row -> row.student().equals(student)).findFirst().orElseThrow() : null;
		changes.projectsViewer().setSelection(new StructuredSelection(refresh), true);
		return refresh;
	}

	private static void selectFile(RefreshChangesPage changes, ProjectRefresh refresh, String path) {
		changes.files().filesViewer().setSelection(new StructuredSelection(fileOf(refresh, path)), true);
	}

	private static FileRefresh fileOf(ProjectRefresh refresh, String path) {
		FileRefresh file = refresh.files().stream().filter(each -> each.path().equals(path)).findFirst()
				.orElseThrow();
		assertEquals(Action.CONFLICT, file.action(), path);
		return file;
	}

	/** Each row's first {@code columns} cells, tab-separated. */
	private static List<String> texts(Table table, int columns) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < columns; i++) {
				cells.add(item.getText(i));
			}
			texts.add(String.join("\t", cells));
		}
		return texts;
	}

	/** Presses the dialog's button with this label, as a click does. */
	private static void press(Shell shell, String label) {
		Button button = find(shell, label);
		assertNotNull(button, label);
		assertTrue(button.isEnabled(), label + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button find(Control control, String label) {
		if (control instanceof Button button && label.equals(button.getText()) && button.isVisible()) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = find(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Map<String, String> files(String... pathsAndContents) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < pathsAndContents.length; i += 2) {
			files.put(pathsAndContents[i], pathsAndContents[i + 1]);
		}
		return files;
	}

	/** A class export as Codio makes it: ASSIGNMENT/STUDENT/ folders, each a workspace with its .codio. */
	private Path zip(String name, Map<String, Map<String, String>> students) throws IOException {
		Path file = temp.resolve(name);
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, Map<String, String>> student : students.entrySet()) {
				String prefix = "Loops/" + student.getKey() + "/";
				Map<String, String> entries = new LinkedHashMap<>();
				entries.put(".codio", "{ \"commands\": { \"Run\": \"python3 main.py\" } }\n");
				entries.put(".guides/content.md", "# Loops\n");
				entries.putAll(student.getValue());
				for (Map.Entry<String, String> entry : entries.entrySet()) {
					zip.putNextEntry(new ZipEntry(prefix + entry.getKey()));
					zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
		}
		return file;
	}

	private void edit(String student, String path, String content) throws Exception {
		IFile file = projects.get(student).getFile(path);
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, IResource.KEEP_HISTORY, null);
		} else {
			file.create(bytes, true, null);
		}
	}

	private String read(String student, String path) throws IOException {
		return Files.readString(projects.get(student).getLocation().toPath().resolve(path), StandardCharsets.UTF_8);
	}
}
