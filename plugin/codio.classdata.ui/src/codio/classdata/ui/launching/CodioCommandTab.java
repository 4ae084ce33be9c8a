package codio.classdata.ui.launching;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import codio.classdata.workspace.CodioLaunches;

/** The project and the shell command of a Codio launch. */
final class CodioCommandTab extends AbstractLaunchConfigurationTab {

	private Text project;
	private Text command;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(LaunchMessages.CommandTab_project);
		project = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
		Label commandLabel = new Label(page, SWT.NONE);
		commandLabel.setText(LaunchMessages.CommandTab_command);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(commandLabel);
		command = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 80).applyTo(command);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(LaunchMessages.CommandTab_commandHint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
		project.addModifyListener(e -> updateLaunchConfigurationDialog());
		command.addModifyListener(e -> updateLaunchConfigurationDialog());
		setControl(page);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(CodioLaunches.PROJECT, "");
		configuration.setAttribute(CodioLaunches.COMMAND, "");
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			project.setText(configuration.getAttribute(CodioLaunches.PROJECT, ""));
			command.setText(configuration.getAttribute(CodioLaunches.COMMAND, ""));
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(CodioLaunches.PROJECT, project.getText().strip());
		configuration.setAttribute(CodioLaunches.COMMAND, command.getText());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		String name = project.getText().strip();
		if (name.isEmpty()) {
			setErrorMessage(LaunchMessages.CommandTab_noProject);
			return false;
		}
		IProject target = Path.ROOT.isValidSegment(name) ? ResourcesPlugin.getWorkspace().getRoot().getProject(name)
				: null;
		if (target == null || !target.isOpen()) {
			setErrorMessage(NLS.bind(LaunchMessages.CommandTab_projectClosed, name));
			return false;
		}
		if (command.getText().isBlank()) {
			setErrorMessage(LaunchMessages.CommandTab_noCommand);
			return false;
		}
		return true;
	}

	@Override
	public String getName() {
		return LaunchMessages.CommandTab_name;
	}
}
