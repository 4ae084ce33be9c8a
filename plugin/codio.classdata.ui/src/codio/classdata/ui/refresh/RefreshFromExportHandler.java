package codio.classdata.ui.refresh;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.SelectedProjects;
import codio.classdata.workspace.ProjectOrigin;

/**
 * Refresh from Export…: opens {@link RefreshFromExportWizard} on the selected projects that an import of a Codio
 * export made (a selected working set stands for its projects); says so when none of them was.
 */
public final class RefreshFromExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		// a preference read per project, as Find Similar Code does
		List<IProject> projects = SelectedProjects.of(event).stream()
				.filter(project -> ProjectOrigin.readFrom(project).isPresent()).toList();
		if (projects.isEmpty()) {
			MessageDialog.openInformation(shell, RefreshMessages.Handler_noProjectsTitle,
					RefreshMessages.Handler_noProjects);
			return null;
		}
		WizardDialog dialog = new WizardDialog(shell, new RefreshFromExportWizard(projects));
		dialog.setHelpAvailable(true);
		dialog.open();
		return null;
	}
}
