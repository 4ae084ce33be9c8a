package codio.classdata.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;

import codio.classdata.api.ExportKind;
import codio.classdata.ui.views.ClassesView;
import codio.classdata.ui.views.SelectedClass;

/**
 * Fetch User Access Data: exports the selected class's access CSV and saves it in the download folder as soon as
 * it is ready. Servers without this export (Codio's public API has none) get a message saying where in Codio's
 * web UI to download it.
 */
public final class FetchAccessDataHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		SelectedClass.of(selection).ifPresent(course -> view.startExport(course, ExportKind.ACCESS, true));
	}
}
