package codio.classdata.workspace;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Creates, opens and configures projects on a thread of its own while the caller extracts the next workspaces:
 * extraction waits on the kernel creating files, project set-up on the CPU, so the two overlap. All batches are
 * made inside one workspace operation, so autobuild still waits until every project exists.
 */
final class ProjectMaker {

	private static final List<PlannedProject> END = List.of();

	private final IWorkspace workspace;
	private final ProjectSetup setup;
	private final String courseId;
	private final IProgressMonitor monitor;
	private final List<IProject> created;
	private final List<ImportedProject> projects;
	private final BlockingQueue<List<PlannedProject>> batches = new LinkedBlockingQueue<>();
	private final Thread thread;
	private volatile Throwable failure;

	/**
	 * @param courseId the Codio class the workspaces belong to, "" when not known
	 * @param monitor  the import's own monitor: asked for cancel, told each project's name (under its lock)
	 * @param created  where each project goes as soon as it exists, for a rollback
	 * @param projects where each configured project goes
	 */
	ProjectMaker(IWorkspace workspace, ProjectSetup setup, String courseId, IProgressMonitor monitor,
			List<IProject> created, List<ImportedProject> projects) {
		this.workspace = workspace;
		this.setup = setup;
		this.courseId = courseId;
		this.monitor = monitor;
		this.created = created;
		this.projects = projects;
		this.thread = new Thread(this::run, "Codio workspace import: projects");
		thread.setDaemon(true);
		thread.start();
	}

	/** Hands over extracted workspaces; fails at once with what went wrong when making earlier ones failed. */
	void add(List<PlannedProject> batch) throws CoreException {
		rethrowFailure();
		batches.add(List.copyOf(batch));
	}

	/** Waits until every batch handed over is made; rethrows the first failure. */
	void finish() throws CoreException, InterruptedException {
		batches.add(END);
		thread.join();
		rethrowFailure();
	}

	/** Stops after the project being made, without rethrowing: the caller already has a failure to report. */
	void abandon() throws InterruptedException {
		batches.clear();
		batches.add(END);
		thread.join();
	}

	private void rethrowFailure() throws CoreException {
		Throwable thrown = failure;
		if (thrown instanceof CoreException e) {
			throw e;
		}
		if (thrown instanceof RuntimeException e) {
			throw e;
		}
		if (thrown instanceof Error e) {
			throw e;
		}
	}

	private void run() {
		try {
			workspace.run(operation -> {
				for (List<PlannedProject> batch = take(); batch != END; batch = take()) {
					for (PlannedProject planned : batch) {
						make(planned, setup);
					}
				}
			}, workspace.getRoot(), IWorkspace.AVOID_UPDATE, new NullProgressMonitor());
		} catch (CoreException | RuntimeException | Error e) {
			failure = e;
		}
	}

	private void make(PlannedProject planned, ProjectSetup setup) throws CoreException {
		synchronized (monitor) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			monitor.subTask(planned.projectName());
		}
		projects.add(make(workspace, planned, setup, courseId, created, null));
	}

	/**
	 * Makes one project of an extracted workspace (in its default location), inside the caller's workspace
	 * operation: creates it, opens it (the one refresh that reads the extracted files) and configures it.
	 *
	 * @param courseId the Codio class it belongs to, "" when not known
	 * @param created  where the project goes as soon as it exists, for a rollback
	 */
	static ImportedProject make(IWorkspace workspace, PlannedProject planned, ProjectSetup setup, String courseId,
			List<IProject> created, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		IProject project = workspace.getRoot().getProject(planned.projectName());
		java.nio.file.Path folder = workspace.getRoot().getLocation().append(project.getName()).toPath();
		// what the workspace held of Eclipse's files, before the project adds its own
		ProjectOrigin origin = ProjectOrigin.of(planned.workspace(), folder, courseId);
		try {
			// on disk before the refresh: cheaper than a workspace move, which also copies local history
			CodioSettingsFile.moveAside(folder);
		} catch (IOException e) {
			throw new CoreException(Status.error(
					NLS.bind(WorkspaceText.ProjectMaker_cannotMoveSettings, project.getName(), e.getMessage()), e));
		}
		project.create(workspace.newProjectDescription(project.getName()), progress.split(1));
		created.add(project);
		project.open(progress.split(1));
		try {
			// before set-up adds Eclipse's files; .project is the import's unless the workspace held one
			boolean ownProjectFile = origin.studentEclipseFiles().contains(".project");
			ImportBase.record(project, folder, path -> ownProjectFile || !path.equals(".project"));
		} catch (IOException e) {
			throw new CoreException(Status.error(
					NLS.bind(WorkspaceText.ProjectMaker_cannotRecordBase, project.getName(), e.getMessage()), e));
		}
		setup.configure(project, planned.stack(), progress.split(2)); // also records the stack
		origin.writeTo(project);
		CodioLaunches.create(project, null); // the .codio Run buttons, as Run > Run Configurations entries
		return new ImportedProject(project, planned.stack(), planned.workspace());
	}

	private List<PlannedProject> take() {
		try {
			return batches.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}
}
