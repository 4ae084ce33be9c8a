package codio.classdata.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;

import codio.classdata.api.ExportKind;
import codio.classdata.ui.views.ClassesView;
import codio.classdata.ui.views.SelectedClass;

/**
 * Export Class Data, and the drop-down's other exports (parameter {@value #KIND_PARAMETER}): starts the export of
 * the selected class; a notification offers the download when Codio has built it.
 */
public final class StartExportHandler extends ClassesViewHandler {

	public static final String KIND_PARAMETER = "codio.classdata.ui.commands.exportKind";

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		String kind = event.getParameter(KIND_PARAMETER);
		SelectedClass.of(selection).ifPresent(course -> view.startExport(course,
				kind == null ? ExportKind.WORKDATA : ExportKind.fromPath(kind), false));
	}
}
