package codio.classdata.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.access.ClassDates;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.export.ExportLink;
import codio.classdata.export.ExportLinkList;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.UiPreferences;
import codio.classdata.ui.UiThreadGapProbe;
import codio.classdata.ui.access.AccessDataEditor;
import codio.classdata.ui.WorkbenchTestSupport;

/** The view's export commands end to end in the real workbench, against the emulator. */
class ClassesViewExportsUiTest {

	@TempDir
	Path downloads;
	private CodioEmulator emulator;
	private ClassesView view;
	private Course course;
	private final List<IStatus> logged = new CopyOnWriteArrayList<>(); // read while jobs log
	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void openView() throws Exception {
		emulator = CodioEmulator.startDemo();
		emulator.state().serveUndocumentedEndpoints(); // Fetch User Access Data needs the access export
		emulator.state().setTaskDelay(Duration.ofMillis(300));
		CodioEndpoints endpoints = new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl());
		new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, endpoints.apiBaseUrl(), endpoints.oauthBaseUrl(),
				DemoData.CLIENT_ID).save();
		new CodioSecureStore().setClientSecret(endpoints, DemoData.CLIENT_SECRET);
		InstanceScope.INSTANCE.getNode("codio.classdata").put(UiPreferences.KEY_DOWNLOAD_FOLDER, downloads.toString());
		Platform.addLogListener(logListener);
		WorkbenchTestSupport.closeOtherShells();
		page().getWorkbenchWindow().getShell().setBounds(0, 0, 1100, 720);
		view = (ClassesView) page().showView(UiIds.CLASSES_VIEW);
		WorkbenchTestSupport.waitUntil(() -> view.shownPage() == ClassesView.Page.CLASSES, "the classes");
		course = (Course) view.viewer().getTree().getItem(0).getData();
		view.viewer().setSelection(new StructuredSelection(course), true);
	}

	@AfterEach
	void closeView() throws Exception {
		Job.getJobManager().cancel(JobFamilies.CODIO);
		Platform.removeLogListener(logListener);
		// Status dialogs open asynchronously; a modal one left behind would keep the view from being activated.
		WorkbenchTestSupport.settle(500);
		WorkbenchTestSupport.closeOtherShells();
		WorkbenchTestSupport.settle(200);
		page().hideView(view);
		InstanceScope.INSTANCE.getNode("codio.classdata").remove(UiPreferences.KEY_DOWNLOAD_FOLDER);
		emulator.close();
	}

	@Test
	void exportClassDataBecomesAReadyLinkThatDownloadsToDisk() throws Exception {
		execute("codio.classdata.ui.commands.startExport");

		ExportLink ready = waitForLink(ExportKind.WORKDATA, ExportLink.Status.READY);
		assertTrue(ready.startedAt().isPresent(), "the plugin started it, so it knows when");
		assertTrue(ready.expiresAt().isPresent());
		String label = labelOf(ready);
		assertTrue(label.contains("ready") && label.contains("expires in 6 days"), label);

		view.viewer().setSelection(new StructuredSelection(ready), true);
		execute("codio.classdata.ui.commands.download");
		WorkbenchTestSupport.waitUntil(() -> filesIn(downloads).stream().anyMatch(f -> f.toString().endsWith(".zip")),
				"the downloaded zip");
		Path zip = filesIn(downloads).stream().filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
		assertEquals("PK", new String(Files.readAllBytes(zip), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
		ExportLink saved = waitForLink(ExportKind.WORKDATA, ExportLink.Status.READY, link -> link.downloadedTo()
				.isPresent());
		assertTrue(labelOf(saved).contains("saved to " + zip), labelOf(saved));

		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.viewer().collapseAll();
		view.viewer().expandToLevel(new ClassFolder(course, ClassFolder.Kind.EXPORTS), 1);
		view.viewer().setSelection(new StructuredSelection(saved), true);
		WorkbenchTestSupport.settle(800);
		WorkbenchTestSupport.saveScreenshot(page().getWorkbenchWindow().getShell(), "classes-view-links.png");
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
		Shell notification = null;
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()
					&& shell.getBounds().width < 600) {
				notification = shell;
			}
		}
		if (notification != null) {
			WorkbenchTestSupport.saveScreenshot(notification, "notification.png");
		}
	}

	@Test
	void downloadAndImportHandsTheSavedClassExportToTheImportWizard() throws Exception {
		execute("codio.classdata.ui.commands.startExport");
		ExportLink ready = waitForLink(ExportKind.WORKDATA, ExportLink.Status.READY);
		view.viewer().setSelection(new StructuredSelection(ready), true);
		java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
		codio.classdata.ui.wizards.ImportWizardProbe.closeWhenScanned(Display.getCurrent(), 1, seen);

		execute("codio.classdata.ui.commands.downloadAndImport");

		WorkbenchTestSupport.waitUntil(() -> seen.get() != null, "the import wizard on the downloaded file", 60_000);
		Path zip = filesIn(downloads).stream().filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
		assertTrue(seen.get().startsWith(zip + " "), seen.get());
		int rows = Integer.parseInt(seen.get().substring(seen.get().lastIndexOf(' ') + 1));
		assertTrue(rows >= 2, seen.get());
	}

	@Test
	void moreExportsCopyLinkAndUnitDataWork() throws Exception {
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);
		org.eclipse.ui.commands.ICommandService commands = view.getSite()
				.getService(org.eclipse.ui.commands.ICommandService.class);
		var command = commands.getCommand("codio.classdata.ui.commands.startExport");
		page().activate(view);
		handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(command,
				java.util.Map.of("codio.classdata.ui.commands.exportKind", "sources")), null);
		ExportLink sources = waitForLink(ExportKind.SOURCES, ExportLink.Status.READY);

		view.viewer().setSelection(new StructuredSelection(sources), true);
		execute("codio.classdata.ui.commands.copyLink");
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(Display.getCurrent());
		try {
			assertEquals(sources.url(), clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}

		var module = course.modules().get(0);
		AssignmentNode assignment = new AssignmentNode(course, module.assignments().get(0));
		view.viewer().expandToLevel(new ClassFolder(course, ClassFolder.Kind.UNITS), 2);
		view.viewer().setSelection(new StructuredSelection(assignment), true);
		execute("codio.classdata.ui.commands.exportUnitData");
		WorkbenchTestSupport.waitUntil(() -> filesIn(downloads).stream().anyMatch(f -> f.toString().endsWith(".csv")),
				"the unit CSV");
		assertTrue(filesIn(downloads).get(0).getFileName().toString().contains(assignment.assignment().name()));
	}

	@Test
	void fetchUserAccessDataSavesTheCsv() throws Exception {
		execute("codio.classdata.ui.commands.fetchAccessData");

		WorkbenchTestSupport.waitUntil(() -> filesIn(downloads).stream().anyMatch(f -> f.toString().endsWith(".csv")),
				"the access CSV");
		Path csv = filesIn(downloads).get(0);
		assertTrue(Files.readString(csv).startsWith("Username,Email"), Files.readString(csv).lines().findFirst()
				.orElse(""));
		WorkbenchTestSupport.waitUntil(() -> page().getActiveEditor() instanceof AccessDataEditor editor
				&& editor.shownPage() != AccessDataEditor.Page.LOADING && !editor.isBusy(), "the CSV in the editor");
		AccessDataEditor editor = (AccessDataEditor) page().getActiveEditor();
		assertEquals(AccessDataEditor.Page.CONTENT, editor.shownPage(), editor.errorText());
		assertTrue(editor.data().log().size() > 0);
		assertEquals(csv.getFileName().toString(), editor.getEditorInput().getName());
		assertEquals(ClassDates.of(course.startDate(), course.endDate(), ZoneId.of(course.timezone())).orElseThrow(),
				editor.classDates(), "the class's days are the file's class dates");
		page().closeAllEditors(false);
	}

	@Test
	void aServerWithoutTheAccessExportSaysWhereToGetIt() throws Exception {
		emulator.state().withholdUndocumentedEndpoints(404);

		execute("codio.classdata.ui.commands.fetchAccessData");

		WorkbenchTestSupport.waitUntil(() -> logged.stream().anyMatch(s -> s.getMessage().contains("Course Access Data")),
				"the not-offered message");
		IStatus status = logged.stream().filter(s -> s.getMessage().contains("Course Access Data")).findFirst()
				.orElseThrow();
		assertEquals(IStatus.INFO, status.getSeverity());
		assertTrue(status.getMessage().contains("can open the downloaded file"), status.getMessage());
		assertEquals(List.of(), filesIn(downloads), "nothing pretended");
		view.viewer().expandToLevel(new ClassFolder(course, ClassFolder.Kind.EXPORTS), 1);
		view.reloadLinks(course.id());
		// An export outside the published API is noted as not offered, or, where earlier tests of this workspace
		// started one, as not listed by the server with the links started here: either way the folder says so.
		WorkbenchTestSupport.waitUntil(() -> view.linksOf(course.id()) instanceof ExportLinkCache.Loaded loaded
				&& accountedFor(loaded.list(), ExportKind.ACCESS) && accountedFor(loaded.list(), ExportKind.LTI),
				() -> "the Exports folder to note both exports the server lacks; it holds " + view.linksOf(course.id())
						+ "; requests " + emulator.requestLog().requests().stream()
								.map(r -> r.endpoint() + " " + r.status()).toList()
						+ "; our threads " + ourThreads(),
				30_000);
	}

	/** The stacks of the threads running our code, for a timeout's message. */
	private static String ourThreads() {
		StringBuilder text = new StringBuilder();
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (java.util.Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("codio.classdata"))) {
				text.append('\n').append(thread.getName()).append(':');
				java.util.Arrays.stream(stack).limit(25).forEach(frame -> text.append("\n  ").append(frame));
			}
		});
		return text.toString();
	}

	private static boolean accountedFor(ExportLinkList list, ExportKind kind) {
		return list.unlisted().contains(kind) || list.notOffered().stream().anyMatch(e -> e.exportKind() == kind);
	}

	@Test
	void backUpAllClassesWithOneFailingSaysWhichAndWhy() throws Exception {
		emulator.faults().failExports(1, "Build internal problem");
		Path folder = downloads.resolve("backup");

		codio.classdata.ui.jobs.BackupJob job = view.backUpAll(folder);

		WorkbenchTestSupport.waitUntil(() -> job.summary() != null, "the backup summary", 90_000);
		var summary = job.summary();
		assertEquals(8, summary.outcomes().size(), "every listed (active) class");
		assertEquals(1, summary.failed().size());
		assertTrue(summary.failed().get(0).error().contains("Build internal problem"), summary.failed().toString());
		long zips = filesIn(folder).stream().filter(file -> file.toString().endsWith(".zip")).count();
		assertEquals(7, zips);
	}

	@Test
	void refreshWhileAnExportRunsLosesNothing() throws Exception {
		emulator.state().setTaskDelay(Duration.ofSeconds(3));
		execute("codio.classdata.ui.commands.startExport");
		waitForLink(ExportKind.WORKDATA, ExportLink.Status.RUNNING);

		view.reload();
		view.reload();

		WorkbenchTestSupport.waitUntil(() -> view.shownPage() == ClassesView.Page.CLASSES, "the reloaded classes");
		ExportLink ready = waitForLink(ExportKind.WORKDATA, ExportLink.Status.READY);
		assertTrue(ready.startedAt().isPresent());
		assertTrue(logged.stream().noneMatch(s -> s.getSeverity() == IStatus.ERROR), logged.toString());
	}

	@Test
	void theUiThreadNeverStallsDuringAnExportAndA200MiBDownload() throws Exception {
		emulator.state().setExportSizeBytes(200L << 20);
		Display display = Display.getCurrent();
		UiThreadGapProbe probe = new UiThreadGapProbe(display);
		probe.start();

		execute("codio.classdata.ui.commands.startExport");
		ExportLink ready = waitForLink(ExportKind.WORKDATA, ExportLink.Status.READY);
		view.download(ready);
		WorkbenchTestSupport.waitUntil(() -> filesIn(downloads).stream().anyMatch(f -> f.toString().endsWith(".zip")),
				"the 200 MiB download", 120_000);
		long gapMillis = probe.stopMillis();
		System.out.println("ui-probe: longest event-loop gap during export + 200 MiB download: " + gapMillis + " ms");
		assertTrue(gapMillis < 1000, "the UI thread was blocked for " + gapMillis + " ms");
	}

	private void execute(String commandId) throws Exception {
		view.setFocus();
		page().activate(view);
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);
		handlers.executeCommand(commandId, null);
	}

	private ExportLink waitForLink(ExportKind kind, ExportLink.Status status) {
		return waitForLink(kind, status, link -> true);
	}

	private ExportLink waitForLink(ExportKind kind, ExportLink.Status status,
			java.util.function.Predicate<ExportLink> also) {
		ExportLink[] found = new ExportLink[1];
		// The condition reads the model only: touching the tree here would flood the event loop with paint
		// events, and SWT runs the jobs' asyncExec results only when no other event is pending.
		WorkbenchTestSupport.waitUntil(() -> {
			found[0] = modelLinks().stream().filter(link -> link.kind() == kind && link.status() == status)
					.filter(also).findFirst().orElse(null);
			return found[0] != null;
		}, kind.label() + " link " + status, 60_000);
		WorkbenchTestSupport.settle(200);
		assertTrue(shownLinks().contains(found[0]), "the tree shows " + found[0]);
		return found[0];
	}

	private List<ExportLink> modelLinks() {
		return view.linksOf(course.id()) instanceof ExportLinkCache.Loaded loaded ? loaded.list().links() : List.of();
	}

	/** The links the tree shows under the class's Exports folder. */
	private List<ExportLink> shownLinks() {
		ClassFolder exports = new ClassFolder(course, ClassFolder.Kind.EXPORTS);
		view.viewer().expandToLevel(exports, 1);
		List<ExportLink> links = new ArrayList<>();
		for (var item : view.viewer().getTree().getItems()) {
			collect(item, links);
		}
		return links;
	}

	private static void collect(org.eclipse.swt.widgets.TreeItem item, List<ExportLink> links) {
		if (item.getData() instanceof ExportLink link) {
			links.add(link);
		}
		for (var child : item.getItems()) {
			collect(child, links);
		}
	}

	private String labelOf(ExportLink link) {
		return Optional.ofNullable(view.viewer().testFindItem(link))
				.map(widget -> ((org.eclipse.swt.widgets.TreeItem) widget).getText()).orElse("");
	}

	private static List<Path> filesIn(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> !file.toString().endsWith(".part")).sorted().toList();
		} catch (java.io.IOException e) {
			return List.of();
		}
	}

	private static IWorkbenchPage page() {
		return WorkbenchTestSupport.page();
	}

	@SuppressWarnings("unused")
	private static Shell shell() {
		return page().getWorkbenchWindow().getShell();
	}
}
