package codio.classdata.ui.launching;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import codio.classdata.ui.SelectedProjects;
import codio.classdata.workspace.CodioLaunches;

/** Make Launch Configurations from .codio: the Run buttons of the selected projects, as imports make them. */
public final class CreateLaunchesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IProject> projects = SelectedProjects.of(event);
		Job job = Job.create(LaunchMessages.CreateLaunchesJob_name, (IProgressMonitor monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, projects.size());
			for (IProject project : projects) {
				try {
					CodioLaunches.create(project, progress.split(1));
				} catch (CoreException e) {
					return e.getStatus();
				}
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
