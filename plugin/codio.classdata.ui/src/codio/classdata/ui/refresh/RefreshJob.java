package codio.classdata.ui.refresh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import codio.classdata.review.RefreshOperation;
import codio.classdata.review.RefreshOutcome;
import codio.classdata.review.RefreshPlan;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Notifications;
import codio.classdata.ui.ProjectExplorer;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.wizards.BuildToolHandover;
import codio.classdata.workspace.DefaultPlan;
import codio.classdata.workspace.DiscoveredWorkspace;
import codio.classdata.workspace.FileNameParts;
import codio.classdata.workspace.ImportResult;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.ImportedProject;
import codio.classdata.workspace.PlannedProject;

/**
 * Finish of Refresh from Export: applies the plan (each project wholly or not at all; those with undecided
 * conflicts left as they are), imports the export's new students the user kept checked, removes the plan's
 * temporary folder, and says what happened in a notification. Cancel stops before the next project, and an import
 * cancelled removes what it created.
 */
public final class RefreshJob extends Job {


	private final RefreshOperation operation;
	private final RefreshPlan plan;
	private final List<DiscoveredWorkspace> newStudents;
	private final String classId;
	private volatile List<RefreshOutcome> outcomes = List.of();
	private volatile ImportResult imported;

	/** @param classId the Codio class the projects came from, recorded on the new ones; null when not known */
	RefreshJob(RefreshOperation operation, RefreshPlan plan, List<DiscoveredWorkspace> newStudents, String classId) {
		super(NLS.bind(RefreshMessages.Job_name, plan.archive().getFileName()));
		this.operation = operation;
		this.plan = plan;
		this.newStudents = List.copyOf(newStudents);
		this.classId = classId;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.REFRESHES || family == JobFamilies.CODIO;
	}

	/** What each project's refresh did, once done; for tests. */
	public List<RefreshOutcome> outcomes() {
		return outcomes;
	}

	/** The new students' projects, once done; null when none were imported. */
	public ImportResult imported() {
		return imported;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), newStudents.isEmpty() ? 60 : 100);
		boolean cancelled = false;
		try {
			outcomes = operation.apply(plan, progress.split(60));
			cancelled = outcomes.stream().anyMatch(each -> each.status() == RefreshOutcome.Status.CANCELLED);
			if (!newStudents.isEmpty() && !progress.isCanceled()) {
				progress.subTask(RefreshMessages.Job_importing);
				importNewStudents(progress.split(40));
			}
		} catch (InterruptedException e) {
			cancelled = true;
		} catch (CoreException | IOException e) {
			String why = e instanceof CoreException core ? core.getStatus().getMessage() : e.getMessage();
			return new Status(IStatus.ERROR, UiIds.BUNDLE,
					NLS.bind(RefreshMessages.Job_failed, plan.archive().getFileName(), why), e);
		} finally {
			closePlan();
		}
		report(cancelled || progress.isCanceled());
		return Status.OK_STATUS;
	}

	private void importNewStudents(IProgressMonitor monitor)
			throws CoreException, IOException, InterruptedException {
		ImportResult result = new ImportWorkspacesOperation(plan.archive(), plannedProjects()).course(classId)
				.run(monitor);
		imported = result;
		List<IProject> created = result.projects().stream().map(ImportedProject::project).toList();
		BuildToolHandover buildTools = new BuildToolHandover();
		if (buildTools.isAvailable()) {
			ResourcesPlugin.getWorkspace().run(handover -> buildTools.configure(created, handover),
					ResourcesPlugin.getWorkspace().getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		}
	}

	/** The import wizard's defaults ({@link DefaultPlan}), the export's name standing for the class. */
	private List<PlannedProject> plannedProjects() {
		String className = FileNameParts.withoutArchiveExtension(String.valueOf(plan.archive().getFileName()));
		return DefaultPlan.of(newStudents, className, ResourcesPlugin.getWorkspace().getRoot());
	}

	private void closePlan() {
		try {
			plan.close();
		} catch (IOException e) {
			ILog.of(RefreshJob.class).log(Status.warning(
					"Could not remove the refresh's temporary folder " + plan.temporary(), e));
		}
	}

	/** N updated, N unchanged, N left with conflicts, N new projects; a link shows the projects touched. */
	private void report(boolean cancelled) {
		long updated = count(RefreshOutcome.Status.UPDATED);
		long unchanged = count(RefreshOutcome.Status.UNCHANGED);
		long conflicts = count(RefreshOutcome.Status.CONFLICTS);
		int created = imported == null ? 0 : imported.projects().size();
		String text = NLS.bind(RefreshMessages.Job_doneText, new Object[] { updated, unchanged, conflicts, created })
				+ (cancelled ? RefreshMessages.Job_cancelled : "");
		List<IProject> touched = new ArrayList<>();
		outcomes.stream().filter(each -> each.status() == RefreshOutcome.Status.UPDATED)
				.forEach(each -> touched.add(each.project()));
		if (imported != null) {
			imported.projects().forEach(each -> touched.add(each.project()));
		}
		Notifications.show(RefreshMessages.Job_doneTitle, text, touched.isEmpty() ? List.of()
				: List.of(new Notifications.Action(RefreshMessages.Job_show, () -> ProjectExplorer.reveal(touched))));
	}

	private long count(RefreshOutcome.Status status) {
		return outcomes.stream().filter(each -> each.status() == status).count();
	}
}
