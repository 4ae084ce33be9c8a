package codio.classdata.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.program.Program;

import codio.classdata.export.ExportLink;
import codio.classdata.ui.UiPreferences;
import codio.classdata.ui.views.ClassesView;

/** Open Folder: the folder holding the selected link's saved file, else the download folder. */
public final class OpenFolderHandler extends ClassesViewHandler {

	@Override
	void execute(ExecutionEvent event, ClassesView view, IStructuredSelection selection) {
		Path folder = UiPreferences.downloadFolder();
		if (selection.getFirstElement() instanceof ExportLink link && link.downloadedTo().isPresent()) {
			Path saved = Path.of(link.downloadedTo().get());
			if (Files.isRegularFile(saved)) {
				folder = saved.getParent();
			}
		}
		if (Files.isDirectory(folder)) {
			Program.launch(folder.toString());
		}
	}
}
