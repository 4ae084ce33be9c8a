package codio.classdata.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.DirectoryDialog;

import codio.classdata.ui.UiPreferences;
import codio.classdata.ui.jobs.JobMessages;
import codio.classdata.ui.views.ClassesView;

/** Back Up All Classes…: asks for a folder, then backs up every class the view lists. */
public final class BackUpAllHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		DirectoryDialog dialog = new DirectoryDialog(view.getSite().getShell());
		dialog.setMessage(JobMessages.BackupJob_chooseFolder);
		dialog.setFilterPath(UiPreferences.downloadFolder().toString());
		String folder = dialog.open();
		if (folder != null) {
			view.backUpAll(Path.of(folder));
		}
	}
}
