package codio.classdata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.views.ClassesView;

/** A handler of the Codio Classes view: finds the view and its selection, then does its one thing. */
abstract class ClassesViewHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof ClassesView view) {
			execute(event, view, HandlerUtil.getCurrentStructuredSelection(event));
		}
		return null;
	}

	abstract void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection);
}
