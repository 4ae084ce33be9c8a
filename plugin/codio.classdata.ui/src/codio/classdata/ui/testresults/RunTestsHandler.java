package codio.classdata.ui.testresults;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.review.ReviewedProject;
import codio.classdata.review.ReviewedProjects;
import codio.classdata.ui.SelectedProjects;

/**
 * Run Assignment Tests…: the assignment's tests over the selected student projects, after one confirmation that
 * names the risk, with the results in the Codio Test Results view.
 */
public final class RunTestsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShell(event);
		List<ReviewedProject> projects = new ArrayList<>();
		try {
			for (IProject project : SelectedProjects.of(event)) {
				ReviewedProjects.of(project, null).ifPresent(projects::add);
			}
		} catch (CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
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
