package codio.classdata.ui.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import codio.classdata.workspace.CodioLaunches;

/** Run > Run Configurations > Codio: the type, its image and its Command tab, in the workbench. */
class CodioCommandTabUiTest {

	private IProject project;
	private Shell shell;

	@BeforeEach
	void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("LaunchUi");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void cleanUp() throws Exception {
		shell.dispose();
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void theCodioTypeHasItsTabsAndImageAndTheCommandTabEditsTheConfiguration() throws Exception {
		ILaunchConfigurationType type = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(CodioLaunches.CODIO_COMMAND_TYPE);
		assertNotNull(type);
		assertEquals("Codio", type.getName());
		assertNotNull(DebugUITools.getImageDescriptor(CodioLaunches.CODIO_COMMAND_TYPE));
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, "Run (LaunchUi)");
		copy.setAttribute(CodioLaunches.PROJECT, "LaunchUi");
		copy.setAttribute(CodioLaunches.COMMAND, "python3 ${selected_resource_loc}");
		CodioCommandTabGroup group = new CodioCommandTabGroup();
		group.createTabs(null, "run");
		ILaunchConfigurationTab tab = group.getTabs()[0];
		tab.createControl(shell);

		tab.initializeFrom(copy);
		List<Text> fields = texts(tab.getControl());
		assertEquals("LaunchUi", fields.get(0).getText());
		assertEquals("python3 ${selected_resource_loc}", fields.get(1).getText());
		assertTrue(tab.isValid(copy), tab.getErrorMessage());

		fields.get(1).setText("");
		assertFalse(tab.isValid(copy));
		assertEquals("Enter the command to run.", tab.getErrorMessage());
		fields.get(0).setText("NoSuchProject");
		assertFalse(tab.isValid(copy));
		assertTrue(tab.getErrorMessage().contains("NoSuchProject"), tab.getErrorMessage());

		fields.get(0).setText("LaunchUi");
		fields.get(1).setText("make run");
		tab.performApply(copy);
		assertEquals("make run", copy.getAttribute(CodioLaunches.COMMAND, ""));
		group.dispose();
	}

	private static List<Text> texts(Control control) {
		return Arrays.stream(((Composite) control).getChildren()).filter(Text.class::isInstance).map(Text.class::cast)
				.toList();
	}
}
