package codio.classdata.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.launching.IJavaLaunchConfigurationConstants;

import codio.classdata.workspace.CodioProjectFile.JavaProgram;

/**
 * Makes the Run buttons of a workspace's {@code .codio} into launch configurations of its project, so the work runs
 * as the student ran it: a Java Application when the button's command runs a Java main class (it also debugs, as
 * Codio's JAVA debugger target does), otherwise a {@value #CODIO_COMMAND_TYPE} launch that runs the command through
 * the system shell in the project folder. Each is named after its button and project, and kept in the workspace's
 * metadata (never as a file in the student's project). Making them again replaces the ones made before.
 */
public final class CodioLaunches {

	/** The launch configuration type of a {@code .codio} command run through the shell. */
	public static final String CODIO_COMMAND_TYPE = "codio.classdata.core.codioCommand";
	/** Attribute: the command line, Codio's tokens replaced by Eclipse variables. */
	public static final String COMMAND = "codio.classdata.command";
	/** Attribute: the project whose folder the command runs in. */
	public static final String PROJECT = "codio.classdata.project";
	/** Attribute: the {@code .codio} button a configuration was made from. */
	public static final String BUTTON = "codio.classdata.button";
	private static final String JAVA_APPLICATION_TYPE = IJavaLaunchConfigurationConstants.ID_JAVA_APPLICATION;

	/** Codio's tokens and the Eclipse variables of the selected resource that stand for them. */
	private static final Map<String, String> TOKENS = Map.of("{{filepath}}", "${selected_resource_loc}",
			"{{path}}", "${container_loc}", "{{filename}}", "${selected_resource_name}", "{{filename_no_ext}}",
			"${codio_filename_no_ext}");

	private CodioLaunches() {
	}

	/**
	 * Makes the project's launch configurations from its {@code .codio}; none when it has no such file or no Run
	 * button.
	 */
	public static List<ILaunchConfiguration> create(IProject project, IProgressMonitor monitor) throws CoreException {
		CodioProjectFile codio = codioFile(project);
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		SubMonitor progress = SubMonitor.convert(monitor, codio.commands().size() + 1);
		for (ILaunchConfiguration existing : of(project)) {
			existing.delete();
		}
		progress.worked(1);
		boolean java = project.hasNature(JavaCore.NATURE_ID);
		List<ILaunchConfiguration> made = new ArrayList<>();
		for (Map.Entry<String, String> button : codio.commands().entrySet()) {
			Optional<JavaProgram> program = java ? CodioProjectFile.javaProgram(button.getValue()) : Optional.empty();
			ILaunchConfigurationType type = manager
					.getLaunchConfigurationType(program.isPresent() ? JAVA_APPLICATION_TYPE : CODIO_COMMAND_TYPE);
			String name = manager.generateLaunchConfigurationName(
					(button.getKey() + " (" + project.getName() + ")").replaceAll("[\\\\/:*?\"<>|@&]", "_"));
			ILaunchConfigurationWorkingCopy copy = type.newInstance(null, name);
			copy.setAttribute(BUTTON, button.getKey());
			copy.setAttribute(PROJECT, project.getName());
			if (program.isPresent()) {
				copy.setAttribute(IJavaLaunchConfigurationConstants.ATTR_PROJECT_NAME, project.getName());
				copy.setAttribute(IJavaLaunchConfigurationConstants.ATTR_MAIN_TYPE_NAME, program.get().mainClass());
				copy.setAttribute(IJavaLaunchConfigurationConstants.ATTR_PROGRAM_ARGUMENTS,
						variables(String.join(" ", program.get().arguments())));
			} else {
				copy.setAttribute(COMMAND, variables(button.getValue()));
			}
			copy.setMappedResources(new org.eclipse.core.resources.IResource[] { project });
			made.add(copy.doSave());
			progress.worked(1);
		}
		return made;
	}

	private static CodioProjectFile codioFile(IProject project) throws CoreException {
		java.nio.file.Path file = project.getLocation().toPath().resolve(".codio");
		if (!java.nio.file.Files.isRegularFile(file)) {
			return CodioProjectFile.empty();
		}
		try {
			return CodioProjectFile.parse(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
		} catch (java.io.IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
		}
	}

	/** The launch configurations made for the project before. */
	public static List<ILaunchConfiguration> of(IProject project) throws CoreException {
		List<ILaunchConfiguration> configurations = new ArrayList<>();
		for (ILaunchConfiguration configuration : DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurations()) {
			if (project.getName().equals(configuration.getAttribute(PROJECT, (String) null))
					&& configuration.hasAttribute(BUTTON)) {
				configurations.add(configuration);
			}
		}
		return configurations;
	}

	/** Codio's tokens as Eclipse variables, so the selected file takes the place of Codio's current file. */
	static String variables(String command) {
		String result = command;
		for (Map.Entry<String, String> token : TOKENS.entrySet()) {
			result = result.replace(token.getKey(), token.getValue());
		}
		return result;
	}
}
