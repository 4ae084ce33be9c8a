package codio.classdata.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;

import codio.classdata.export.ExportLink;
import codio.classdata.ui.views.ClassesView;

/** Download: saves the selected ready link's file into the download folder. */
public final class DownloadLinkHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		for (Object element : selection.toList()) {
			if (element instanceof ExportLink link && link.status() == ExportLink.Status.READY) {
				view.download(link);
			}
		}
	}
}
