package codio.classdata.ui.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.internal.ui.DebugUIPlugin;
import org.eclipse.debug.internal.ui.launchConfigurations.LaunchConfigurationsDialog;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import codio.classdata.ui.WorkbenchTestSupport;
import codio.classdata.workspace.CodioLaunches;

/**
 * Run > Run Configurations as an instructor sees it after an import: the {@code .codio} Run buttons of a student's
 * project under Codio and Java Application, named after the button and the project.
 */
class CodioLaunchesScreenshotUiTest {

	private IProject project;

	@BeforeEach
	void studentProjectWithItsCodioFile() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-alice");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		IProjectDescription description = project.getDescription();
		description.setNatureIds(new String[] { JavaCore.NATURE_ID });
		project.setDescription(description, new NullProgressMonitor());
		project.getFile(".codio").create(new ByteArrayInputStream("""
				{
				  "commands": {
				    "Compile and Run": "javac -d out code/loops/Main.java && java -cp out loops.Main",
				    "Run Current File": "python3 {{filepath}}",
				    "Check Style": "sh .guides/style.sh {{filename}}"
				  },
				  "preview": {"Project Index (static)": "https://{{domain}}/{{index}}"}
				}
				""".getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
	}

	@AfterEach
	void cleanUp() throws Exception {
		for (ILaunchConfiguration configuration : CodioLaunches.of(project)) {
			configuration.delete();
		}
		project.delete(true, true, new NullProgressMonitor());
		WorkbenchTestSupport.closeOtherShells();
	}

	@Test
	void theRunButtonsAreLaunchConfigurationsUnderRunConfigurations() throws Exception {
		List<ILaunchConfiguration> made = CodioLaunches.create(project, new NullProgressMonitor());
		assertEquals(3, made.size(), made.toString());
		assertEquals(1, made.stream().filter(c -> {
			try {
				return c.getType().getIdentifier().equals("org.eclipse.jdt.launching.localJavaApplication");
			} catch (org.eclipse.core.runtime.CoreException e) {
				return false;
			}
		}).count(), "the Java program's button is a Java Application");
		ILaunchConfiguration shown = made.stream().filter(c -> c.getName().startsWith("Run Current File"))
				.findFirst().orElseThrow();

		LaunchConfigurationsDialog dialog = new LaunchConfigurationsDialog(
				WorkbenchTestSupport.page().getWorkbenchWindow().getShell(), DebugUIPlugin.getDefault()
						.getLaunchConfigurationManager().getLaunchGroup(IDebugUIConstants.ID_RUN_LAUNCH_GROUP));
		dialog.setOpenMode(LaunchConfigurationsDialog.LAUNCH_CONFIGURATION_DIALOG_OPEN_ON_SELECTION);
		dialog.setInitialSelection(new StructuredSelection(shown));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.getShell().setSize(980, 620);
			WorkbenchTestSupport.settle(500);
			assertTrue(dialog.getShell().isVisible());
			org.eclipse.swt.widgets.Shell shell = dialog.getShell();
			// copied from the screen: printing the shell leaves GTK's tree and table headers out
			WorkbenchTestSupport.saveScreenshot(shell.getDisplay().map(shell, null, shell.getClientArea()),
					"codio-launch-configurations.png");
		} finally {
			dialog.close();
		}
	}
}
