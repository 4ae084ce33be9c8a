package codio.classdata.ui.similarity;

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
 * Find Similar Code…: compares the selected student projects (one selected: every project of its assignment) and
 * shows the pairs that share code in the Codio Similarity view.
 */
public final class FindSimilarCodeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShell(event);
		// a preference read per project, as Run Assignment Tests does; the build paths are read by the search's job
		List<IProject> projects = SelectedProjects.of(event).stream()
				.filter(project -> ProjectOrigin.readFrom(project).isPresent()).toList();
		if (projects.isEmpty()) {
			MessageDialog.openInformation(shell, SimilarityMessages.Find_tooFewTitle, SimilarityMessages.Find_tooFew);
			return null;
		}
		try {
			SimilarityView view = (SimilarityView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(SimilarityView.ID);
			if (view.find(projects) == null) {
				MessageDialog.openInformation(shell, SimilarityMessages.Find_busyTitle, SimilarityMessages.Find_busy);
			}
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
