package codio.classdata.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.wizards.datatransfer.ProjectConfigurator;

/**
 * Hands imported Maven and Gradle workspaces to m2e and Buildship when they are installed, through the project
 * configurators they register for Smart Import ({@code org.eclipse.ui.ide.projectConfigurators}): their build
 * path then comes from the build file, as in a project the instructor imported by hand. Without them the plugin's
 * own Java setup stands. Only those two tools are asked, so no other configurator rewrites the Java setup.
 */
public final class BuildToolHandover {

	private static final String EXTENSION_POINT = "org.eclipse.ui.ide.projectConfigurators";
	private static final List<String> BUILD_TOOL_BUNDLES = List.of("org.eclipse.m2e.", "org.eclipse.buildship.");
	private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts",
			"settings.gradle", "settings.gradle.kts");

	private final List<IConfigurationElement> configurators = new ArrayList<>();

	public BuildToolHandover() {
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			String bundle = element.getContributor().getName() + ".";
			if (BUILD_TOOL_BUNDLES.stream().anyMatch(bundle::startsWith)) {
				configurators.add(element);
			}
		}
	}

	/** Whether m2e or Buildship is installed. */
	public boolean isAvailable() {
		return !configurators.isEmpty();
	}

	/** Lets each build tool that recognises the project configure it; a tool that fails is logged and skipped. */
	public void configure(List<IProject> projects, IProgressMonitor monitor) {
		int workPerProject = 2 * configurators.size();
		SubMonitor progress = SubMonitor.convert(monitor, projects.size() * workPerProject);
		for (IProject project : projects) {
			if (BUILD_FILES.stream().noneMatch(name -> project.getFile(name).exists())) {
				progress.worked(workPerProject);
				continue;
			}
			for (IConfigurationElement element : configurators) {
				try {
					ProjectConfigurator configurator = (ProjectConfigurator) element
							.createExecutableExtension("class");
					if (configurator.canConfigure(project, Set.of(), progress.split(1))) {
						configurator.configure(project, Set.of(), progress.split(1));
					} else {
						progress.worked(1);
					}
				} catch (CoreException | RuntimeException e) {
					ILog.of(BuildToolHandover.class).warn(element.getContributor().getName()
							+ " could not configure " + project.getName() + "; the plugin's Java setup stays", e);
				}
			}
		}
	}
}
