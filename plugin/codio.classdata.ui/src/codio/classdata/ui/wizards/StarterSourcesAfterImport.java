package codio.classdata.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.ui.jobs.ExportJob;
import codio.classdata.ui.jobs.ImportWorkspacesJob;
import codio.classdata.ui.review.AttachStarterCodeHandler;
import codio.classdata.workspace.ImportedProject;

/**
 * The import wizard's "Also fetch the assignments' published sources": once the import succeeded, the class's Course
 * Sources export is started and downloaded (or the file the user chose is taken) and attached to the new projects
 * as their starter code, each step a job of its own with progress and cancel.
 */
final class StarterSourcesAfterImport {

	private StarterSourcesAfterImport() {
	}

	/**
	 * @param course  the class, whose sources come from Codio; null when {@code sources} is given
	 * @param sources the sources the user chose, or null to fetch the class's
	 */
	static void when(ImportWorkspacesJob imported, Course course, Path sources) {
		imported.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!event.getResult().isOK() || imported.result() == null) {
					return; // failed or cancelled: nothing to attach to
				}
				List<IProject> projects = imported.result().projects().stream().map(ImportedProject::project)
						.toList();
				if (projects.isEmpty()) {
					return;
				}
				if (sources != null) {
					AttachStarterCodeHandler.attach(sources, projects).schedule();
				} else if (course != null) {
					new ExportJob(course, ExportKind.SOURCES, true, classId -> {
					}, file -> AttachStarterCodeHandler.attach(file, projects).schedule()).schedule();
				}
			}
		});
	}
}
