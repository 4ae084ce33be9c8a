package codio.classdata.workspace;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.variables.VariablesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.osgi.util.NLS;

/**
 * Runs a {@code .codio} command through the system shell in its project's folder, its output in the console. Its
 * environment carries no Codio credentials, tokens or passwords, as in the review's test runs.
 */
public final class CodioCommandLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		String projectName = configuration.getAttribute(CodioLaunches.PROJECT, "");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.isOpen() || project.getLocation() == null) {
			throw new CoreException(Status.error(NLS.bind(WorkspaceText.CodioCommandLaunchDelegate_noProject,
					configuration.getName(), projectName)));
		}
		String command = VariablesPlugin.getDefault().getStringVariableManager()
				.performStringSubstitution(configuration.getAttribute(CodioLaunches.COMMAND, ""));
		Map<String, String> environment = new HashMap<>(System.getenv());
		StudentCommands.withoutCredentials(environment);
		String[] variables = environment.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new);
		File folder = project.getLocation().toFile();
		Process process = DebugPlugin.exec(StudentCommands.shell(command).toArray(String[]::new), folder, variables);
		DebugPlugin.newProcess(launch, process, configuration.getName(), Map.of());
	}
}
