package codio.classdata.ui.testresults;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.SelectedProjects;
import codio.classdata.workspace.ProjectOrigin;

/**
 * Run Assignment Tests…: the assignment's tests over the selected student projects, after one confirmation that
 * names the risk, with the results in the Codio Test Results view.
 */
public final class RunTestsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShell(event);
		// a preference read per project: the build paths are read by the run's job
		List<IProject> projects = SelectedProjects.of(event).stream()
				.filter(project -> ProjectOrigin.readFrom(project).isPresent()).toList();
		if (projects.isEmpty()) {
			MessageDialog.openInformation(shell, ResultsMessages.Run_noProjectsTitle, ResultsMessages.Run_noProjects);
			return null;
		}
		if (!RunConfirmation.ask(shell, projects.size())) {
			return null;
		}
		try {
			TestResultsView view = (TestResultsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(TestResultsView.ID);
			if (view.run(projects) == null) {
				MessageDialog.openInformation(shell, ResultsMessages.Run_busyTitle, ResultsMessages.Run_busy);
			}
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
