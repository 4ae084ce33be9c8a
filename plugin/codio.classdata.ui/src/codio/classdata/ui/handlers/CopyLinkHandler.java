package codio.classdata.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

import codio.classdata.export.ExportLink;
import codio.classdata.ui.views.ClassesView;

/** Copy Link: the selected link's URL to the clipboard (it is pre-signed: anyone with it can download). */
public final class CopyLinkHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof ExportLink link && link.url() != null) {
			Clipboard clipboard = new Clipboard(view.getSite().getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { link.url() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}
	}
}
