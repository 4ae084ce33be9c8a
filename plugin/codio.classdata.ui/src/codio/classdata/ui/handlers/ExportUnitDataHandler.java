package codio.classdata.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;

import codio.classdata.ui.jobs.UnitDataJob;
import codio.classdata.ui.views.AssignmentNode;
import codio.classdata.ui.views.ClassesView;

/** Export Unit Data: the selected assignment's CSV, which Codio builds at once, saved in the download folder. */
public final class ExportUnitDataHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		for (Object element : selection.toList()) {
			if (element instanceof AssignmentNode node) {
				new UnitDataJob(node.course(), node.assignment()).schedule();
			}
		}
	}
}
