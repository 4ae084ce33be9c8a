package codio.classdata.ui.testresults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;
import codio.classdata.api.CourseMember;
import codio.classdata.api.ExportKind;
import codio.classdata.api.StudentInformation;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.review.AttachStarterSourcesOperation;
import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.ReviewedProject;
import codio.classdata.review.ReviewedProjects;
import codio.classdata.review.TestOutcome;
import codio.classdata.review.TestOutcome.Outcome;
import codio.classdata.review.TestResults;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.EmulatorClass;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.UiThreadGapProbe;
import codio.classdata.ui.WorkbenchTestSupport;
import codio.classdata.workspace.ImportResult;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.ImportedProject;
import codio.classdata.workspace.PlannedProject;
import codio.classdata.workspace.ProjectNameTemplate;
import codio.classdata.workspace.ProjectOrigin;
import codio.classdata.workspace.ScanWorkspacesOperation;
import codio.classdata.workspace.StackRecommender;
import codio.classdata.workspace.WorkspaceScan;

/**
 * The Codio Test Results view on an emulator class: the class export imported (the class recorded), the Course
 * Sources attached, the tests run over one assignment's students, Codio's grades beside ours.
 */
class TestResultsViewUiTest {


	@TempDir
	Path temp;
	private CodioEmulator emulator;
	private CodioClient client;
	private Course course;
	private final List<IProject> imported = new ArrayList<>();
	private TestResultsView view;

	@BeforeEach
	void importAJavaClassWithItsSources() throws Exception {
		emulator = CodioEmulator.startDemo();
		emulator.state().setStudentsPerClass(6);
		emulator.state().setFilesPerWorkspace(2);
		emulator.state().setTaskDelay(Duration.ofMillis(50));
		client = WorkbenchTestSupport.signInTo(emulator);
		course = client.getCourse(client.listCourses(CourseFilter.ACTIVE).stream()
				.filter(c -> c.tags().contains("java")).findFirst().orElseThrow().id());
		Path workdata = download(ExportKind.WORKDATA);
		Path sources = download(ExportKind.SOURCES);

		WorkspaceScan scan = new ScanWorkspacesOperation(workdata).run(new NullProgressMonitor());
		StackRecommender recommender = new StackRecommender();
		ProjectNameTemplate names = new ProjectNameTemplate(null);
		List<PlannedProject> plan = scan.workspaces().stream().map(w -> new PlannedProject(w,
				names.nameFor(w, course.name()), recommender.recommend(w.facts()).stack())).toList();
		ImportResult result = new ImportWorkspacesOperation(workdata, plan).course(course.id())
				.run(new NullProgressMonitor());
		result.projects().stream().map(ImportedProject::project).forEach(imported::add);
		new AttachStarterSourcesOperation(sources, imported, temp.resolve("baselines"))
				.run(new NullProgressMonitor());

		WorkbenchTestSupport.closeOtherShells();
		WorkbenchTestSupport.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
		view = (TestResultsView) WorkbenchTestSupport.page().showView(TestResultsView.ID);
	}

	private Path download(ExportKind kind) throws Exception {
		return new EmulatorClass(client, course).download(kind, temp);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().cancel(JobFamilies.TEST_RUNS);
		Job.getJobManager().join(JobFamilies.TEST_RUNS, null);
		WorkbenchTestSupport.page().hideView(view);
		for (IProject project : imported) {
			project.delete(true, true, new NullProgressMonitor());
		}
		CodioSession.reset();
		emulator.close();
	}

	@Test
	void matrixOfStudentsAndTestsWithCodiosGradesTotalsFiltersCsvAndRerun() throws Exception {
		String assignment = course.modules().get(0).assignments().get(0).name();
		List<IProject> selected = new ArrayList<>();
		List<ReviewedProject> projects = new ArrayList<>();
		for (IProject project : imported) {
			if (ProjectOrigin.readFrom(project).orElseThrow().assignment().equals(assignment)) {
				selected.add(project);
				projects.add(ReviewedProjects.of(project, null).orElseThrow());
			}
		}
		assertEquals(6, projects.size());
		assertTrue(projects.stream().allMatch(p -> p.baseline() != null && p.courseId().equals(course.id())));

		WorkbenchTestSupport.settle(2000); // the Project Explorer's own work on the imported projects first
		Display display = Display.getCurrent();
		UiThreadGapProbe probe = new UiThreadGapProbe(display);
		probe.start();
		assertNotNull(view.run(selected));
		WorkbenchTestSupport.waitUntil(() -> view.report() != null
				&& Job.getJobManager().find(JobFamilies.TEST_RUNS).length == 0, "the run", 180_000);
		long gapMillis = probe.stopMillis();
		System.out.println("ui-probe: longest event-loop gap while 6 projects ran their tests: " + gapMillis + " ms");
		assertTrue(gapMillis < 1000, "the UI thread was blocked for " + gapMillis + " ms");

		TestResults results = view.report().results();
		assertEquals(6, results.projects().size());
		assertEquals(List.of("Check It!", "Prints the assignment's name", "Unit tests", "Check your understanding"),
				results.tests().stream().map(t -> t.name()).sorted((a, b) -> order(a) - order(b)).toList());
		// Codio's figures beside ours, per student, as the API has them
		Map<String, StudentInformation> codio = new java.util.HashMap<>();
		String assignmentId = client.getCourse(course.id()).modules().get(0).assignments().get(0).id();
		List<StudentInformation> infos = client.assignmentStudents(course.id(), assignmentId, null);
		for (CourseMember member : client.listStudents(course.id(), null)) {
			infos.stream().filter(i -> i.studentId().equals(member.id())).findAny()
					.ifPresent(info -> codio.put(member.login(), info));
		}
		int solved = 0;
		for (ProjectResult row : results.projects()) {
			assertEquals(codio.get(row.project().student()).grade(),
					view.report().codio().get(row.project().name()).grade());
			assertTrue(view.report().changes().containsKey(row.project().name()), "changes counted");
			Outcome checkIt = cell(row, "Check It!").outcome();
			assertTrue(checkIt == Outcome.PASSED || checkIt == Outcome.FAILED, checkIt.toString());
			solved += checkIt == Outcome.PASSED ? 1 : 0;
			assertEquals(Outcome.PASSED, cell(row, "Prints the assignment's name").outcome(),
					"the hidden test from the published sources ran: " + cell(row, "Prints the assignment's name"));
			assertEquals(Outcome.PASSED, cell(row, "Unit tests").outcome(),
					"the hidden JUnit 5 test on the JUnit Platform: " + cell(row, "Unit tests"));
			assertEquals(Outcome.NOT_RUN, cell(row, "Check your understanding").outcome());
		}
		assertTrue(solved > 0 && solved < 6, "the emulator's students: some solve it, some do not; " + solved);
		// the table: one row per student and a totals row last, one column per test and Codio's
		TableItem[] items = view.viewer().getTable().getItems();
		assertEquals(7, items.length);
		List<String> titles = new ArrayList<>();
		for (org.eclipse.swt.widgets.TableColumn column : view.viewer().getTable().getColumns()) {
			titles.add(column.getText());
		}
		assertTrue(titles.containsAll(List.of("Project", "Student", "Codio Grade", "Codio Status", "Time Spent",
				"Completed", "Files", "Lines", "Points", "Check It!")), titles.toString());
		int checkItColumn = titles.indexOf("Check It!");
		assertEquals(ResultColumn.TOTALS, items[6].getData());
		assertEquals(solved + " of 6 passed", items[6].getText(checkItColumn));

		// sorting keeps the totals last; the failure filter keeps only students with a failure
		view.viewer().getTable().getColumn(checkItColumn).notifyListeners(org.eclipse.swt.SWT.Selection,
				new org.eclipse.swt.widgets.Event());
		items = view.viewer().getTable().getItems();
		assertEquals(ResultColumn.TOTALS, items[items.length - 1].getData());
		assertTrue(items[0].getText(checkItColumn).startsWith("\u2718"),
				"failures first: " + items[0].getText(checkItColumn));
		view.show(TestResultsView.Show.FAILURES);
		assertEquals(6 - solved + 1, view.viewer().getTable().getItemCount());
		// a failed output comparison shows expected against actual
		ProjectResult failing = results.projects().stream()
				.filter(row -> cell(row, "Check It!").outcome() == Outcome.FAILED).findFirst().orElseThrow();
		view.showDetails(failing, checkItColumn);
		assertTrue(view.detailsText().contains("Expected output:"), view.detailsText());
		assertTrue(view.detailsText().contains(cell(failing, "Check It!").expected().strip()));

		WorkbenchTestSupport.page().toggleZoom(WorkbenchTestSupport.page().getReference(view));
		view.show(TestResultsView.Show.ALL);
		org.eclipse.swt.widgets.Shell shell = view.getSite().getShell();
		// copied from the screen: printing the shell leaves GTK's table headers out
		WorkbenchTestSupport.saveScreenshot(display.map(shell, null, shell.getClientArea()), "test-results.png");
		WorkbenchTestSupport.page().toggleZoom(WorkbenchTestSupport.page().getReference(view));

		// CSV: one row per student and test, Codio's column names
		Path csv = temp.resolve("results.csv");
		Job export = TestResultsView.exportJob(results, csv);
		export.schedule();
		export.join();
		List<String> lines = Files.readAllLines(csv);
		assertTrue(lines.get(0).startsWith("Student Login,Assignment Name,Assessment Name,Assessment Type,Points"));
		assertEquals(1 + 6 * 4, lines.size());
		assertEquals(Set.of("results.csv"), Set.copyOf(java.util.Arrays.stream(temp.toFile().list())
				.filter(name -> name.endsWith(".csv") || name.endsWith(".part")).toList()), "no partial file left");

		// rerun the failed cells: the same outcomes (the code did not change), only those cells ran again
		Map<String, Set<String>> failedBefore = results.failedCells();
		Job rerun = view.rerunFailedCells();
		assertEquals(failedBefore.isEmpty(), rerun == null);
		WorkbenchTestSupport.waitUntil(() -> Job.getJobManager().find(JobFamilies.TEST_RUNS).length == 0,
				"the rerun", 180_000);
		WorkbenchTestSupport.settle(200);
		assertEquals(failedBefore, view.report().results().failedCells());
		assertEquals(6, view.report().results().projects().size());
		assertFalse(view.report().codio().isEmpty());
	}

	private static int order(String test) {
		return List.of("Check It!", "Prints the assignment's name", "Unit tests", "Check your understanding")
				.indexOf(test);
	}

	private static TestOutcome cell(ProjectResult row, String test) {
		return row.outcomes().stream().filter(o -> o.assessment().name().equals(test)).findFirst().orElseThrow();
	}
}
