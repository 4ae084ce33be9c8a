package codio.classdata.ui.handlers;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.views.ClassesView;

/** Show Archived Classes: a toggle in the view menu. */
public final class ShowArchivedHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		Command command = event.getCommand();
		try {
			boolean show = !HandlerUtil.toggleCommandState(command);
			view.setShowArchived(show);
		} catch (ExecutionException e) {
			view.setShowArchived(!view.showsArchived());
		}
	}
}
