package codio.classdata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.views.ClassesView;

/** The platform's Refresh (F5) in the Codio Classes view: reload the classes. */
public final class RefreshClassesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof ClassesView view) {
			view.reload();
		}
		return null;
	}
}
