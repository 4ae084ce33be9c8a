package codio.classdata.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;

import codio.classdata.export.ExportLink;
import codio.classdata.ui.views.ClassesView;

/**
 * Download and Import Student Workspaces…: hands the selected ready link's file to the import wizard, downloading
 * it first when it is not saved yet.
 */
public final class DownloadAndImportHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		if (selection.size() == 1 && selection.getFirstElement() instanceof ExportLink link
				&& link.status() == ExportLink.Status.READY) {
			view.downloadAndImport(link);
		}
	}
}
