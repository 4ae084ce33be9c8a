package codio.classdata.ui.views;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;

import codio.classdata.api.Course;
import codio.classdata.ui.wizards.ImportWizardLauncher;

/**
 * Dropping an archive or folder (from the desktop or a resource view) on the Codio Classes view opens the import
 * wizard on it; dropped on a class, the class names the projects and its roster helps read the layout.
 */
final class ImportDropSupport {

	private ImportDropSupport() {
	}

	/**
	 * @param classOf the class a tree element belongs to, or null
	 */
	static void install(TreeViewer viewer, Function<Object, Course> classOf) {
		DropTarget target = new DropTarget(viewer.getControl(), DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
		target.setTransfer(FileTransfer.getInstance());
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY; // the file is read, never moved
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (!(event.data instanceof String[] files) || files.length == 0) {
					return;
				}
				Object element = event.item == null ? null : event.item.getData();
				Course course = element == null ? null : classOf.apply(element);
				ImportWizardLauncher.open(viewer.getControl().getShell(), Path.of(files[0]), course);
			}
		});
	}
}
