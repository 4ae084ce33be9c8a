package codio.classdata.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;

import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;
import codio.classdata.api.ExportKind;
import codio.classdata.export.DownloadOperation;
import codio.classdata.export.ExportHistory;
import codio.classdata.export.ExportOperation;
import codio.classdata.export.PollingSchedule;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.PlannedProject;
import codio.classdata.workspace.ProjectNameTemplate;
import codio.classdata.workspace.ScanWorkspacesOperation;
import codio.classdata.workspace.StackRecommender;
import codio.classdata.workspace.WorkspaceScan;

/**
 * An emulator class as the review tests start from it: its exports made and downloaded through Codio's API, and its
 * students' workspaces imported as the IDE imports them from the Codio Classes view (the class recorded).
 *
 * @param client the signed-in client ({@link WorkbenchTestSupport#signInTo})
 * @param course the class
 */
public record EmulatorClass(CodioClient client, Course course) {

	private static final PollingSchedule FAST = new PollingSchedule(Duration.ofMillis(20), Duration.ofMillis(100), 2);

	/** The first active class with this tag, such as {@code java}. */
	public static EmulatorClass tagged(CodioClient client, String tag) throws Exception {
		return new EmulatorClass(client, client.getCourse(client.listCourses(CourseFilter.ACTIVE).stream()
				.filter(c -> c.tags().contains(tag)).findFirst().orElseThrow().id()));
	}

	/** Starts an export of the class, waits for it and downloads it into a new folder under {@code temp}. */
	public Path download(ExportKind kind, Path temp) throws Exception {
		String url = new ExportOperation(client, ExportHistory.inMemory(), course.id(), kind).polling(FAST)
				.run(new NullProgressMonitor()).url();
		return new DownloadOperation(url, Files.createDirectories(temp.resolve(kind.name()))).run(null).file();
	}

	/** Imports the workspaces of the export's first assignment (default names, recommended stacks, class recorded). */
	public List<IProject> importFirstAssignment(Path workdata) throws Exception {
		WorkspaceScan scan = new ScanWorkspacesOperation(workdata).run(new NullProgressMonitor());
		String assignment = scan.workspaces().get(0).assignment();
		StackRecommender recommender = new StackRecommender();
		ProjectNameTemplate names = new ProjectNameTemplate(null);
		List<PlannedProject> plan = scan.workspaces().stream().filter(w -> w.assignment().equals(assignment))
				.map(w -> new PlannedProject(w, names.nameFor(w, course.name()), recommender.recommend(w.facts())
						.stack())).toList();
		return new ImportWorkspacesOperation(workdata, plan).course(course.id()).run(new NullProgressMonitor())
				.projects().stream().map(each -> each.project()).toList();
	}
}
