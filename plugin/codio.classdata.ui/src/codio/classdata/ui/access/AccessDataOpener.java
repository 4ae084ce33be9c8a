package codio.classdata.ui.access;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;

import codio.classdata.access.ClassDates;
import codio.classdata.api.Course;

/** Opens a saved access CSV in the Access Data editor, wherever the file lies (usually the download folder). */
public final class AccessDataOpener {

	private AccessDataOpener() {
	}

	/**
	 * Opens a file fetched for a Codio class: the class's start and end days become the file's class dates (for the
	 * outside-class-dates flag), unless the user already set some for it.
	 */
	public static IEditorPart open(Path file, Course course) throws PartInitException {
		if (!ClassDatesMemory.knows(file)) {
			ClassDates.of(course.startDate(), course.endDate(), zoneOf(course))
					.ifPresent(dates -> ClassDatesMemory.remember(file, dates));
		}
		return open(file);
	}

	private static ZoneId zoneOf(Course course) {
		try {
			return course.timezone() == null || course.timezone().isBlank() ? ZoneId.systemDefault()
					: ZoneId.of(course.timezone());
		} catch (DateTimeException e) {
			return ZoneId.systemDefault(); // a zone name Java does not know
		}
	}

	/** Opens the file in the active window's page; call on the UI thread. Null when no window is open. */
	public static IEditorPart open(Path file) throws PartInitException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
		return page.openEditor(new FileStoreEditorInput(store), AccessDataEditor.ID);
	}
}
