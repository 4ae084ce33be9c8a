package codio.classdata.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Notifications;
import codio.classdata.ui.ProjectExplorer;
import codio.classdata.ui.Problems;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.WorkingSets;
import codio.classdata.ui.wizards.BuildToolHandover;
import codio.classdata.ui.wizards.WizardMessages;
import codio.classdata.workspace.ArchiveProblem;
import codio.classdata.workspace.ImportResult;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.ImportedProject;
import codio.classdata.workspace.PlannedProject;

/**
 * Runs an {@link ImportWorkspacesOperation} in the background: progress and cancel in the Progress view (a cancel
 * removes what was created), the projects added to a working set when asked, and a notification that can show
 * them. Skipped entries go to the Error Log as one warning listing each.
 */
public final class ImportWorkspacesJob extends Job {


	private final Path input;
	private final List<PlannedProject> plan;
	private final String workingSet;
	private final String courseId;
	private volatile ImportResult result;
	private volatile Exception failure;

	/**
	 * @param workingSet the working set to add the projects to (created when missing), or null
	 * @param courseId   the Codio class the input came from, recorded on the projects, or null
	 */
	public ImportWorkspacesJob(Path input, List<PlannedProject> plan, String workingSet, String courseId) {
		super(NLS.bind(WizardMessages.ImportJob_name, input.getFileName()));
		this.input = input;
		this.plan = List.copyOf(plan);
		this.workingSet = workingSet;
		this.courseId = courseId;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.IMPORTS || family == JobFamilies.CODIO;
	}

	/** What was imported, for tests; null until done or when it failed. */
	public ImportResult result() {
		return result;
	}

	/** Why it failed, for tests; null otherwise. */
	public Exception failure() {
		return failure;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ImportResult imported = new ImportWorkspacesOperation(input, plan).course(courseId).run(monitor);
			result = imported;
			logSkipped(imported.problems());
			List<IProject> projects = imported.projects().stream().map(ImportedProject::project).toList();
			BuildToolHandover buildTools = new BuildToolHandover();
			if (buildTools.isAvailable()) {
				ResourcesPlugin.getWorkspace().run(handover -> buildTools.configure(projects, handover),
						ResourcesPlugin.getWorkspace().getRoot(), IWorkspace.AVOID_UPDATE, monitor);
			}
			if (workingSet != null) {
				addToWorkingSet(projects);
			}
			String text = imported.problems().isEmpty()
					? NLS.bind(WizardMessages.ImportJob_doneText, projects.size(), input.getFileName())
					: NLS.bind(WizardMessages.ImportJob_doneSkipped,
							new Object[] { projects.size(), input.getFileName(), imported.problems().size() });
			Notifications.show(WizardMessages.ImportJob_doneTitle, text,
					List.of(new Notifications.Action(WizardMessages.ImportJob_show,
							() -> ProjectExplorer.reveal(projects))));
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException | IOException e) {
			failure = e;
			Problems.show(NLS.bind(WizardMessages.ImportJob_failed, input.getFileName(), e.getMessage()), e);
			return Status.OK_STATUS;
		}
	}

	private void logSkipped(List<ArchiveProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		MultiStatus status = new MultiStatus(UiIds.BUNDLE, 0,
				problems.size() + " entries of " + input.getFileName() + " were not imported");
		for (ArchiveProblem problem : problems) {
			status.add(Status.warning(problem.archive() + ": " + problem.entry() + ": " + problem.message()));
		}
		ILog.of(ImportWorkspacesJob.class).log(status);
	}

	private void addToWorkingSet(List<IProject> projects) {
		if (PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> WorkingSets.add(workingSet, projects));
		}
	}
}
