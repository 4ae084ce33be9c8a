package codio.classdata.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.Assignment;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.export.FileNames;
import codio.classdata.ui.UiPreferences;

/** Asks Codio for one assignment's CSV ("Export Unit Data") and saves it with a {@link DownloadJob}. */
public final class UnitDataJob extends CodioJob {

	private final Course course;
	private final Assignment assignment;

	public UnitDataJob(Course course, Assignment assignment) {
		super(NLS.bind(JobMessages.UnitDataJob_name, assignment.name()));
		this.course = course;
		this.assignment = assignment;
	}

	@Override
	protected IStatus work(IProgressMonitor monitor)
			throws CodioApiException, StorageException, NotSignedInException {
		String url = client().assignmentCsvUrl(course.id(), assignment.id(), monitor);
		String name = FileNames.sanitise(course.name() + " - " + assignment.name() + ".csv");
		new DownloadJob(url, UiPreferences.downloadFolder(), name, file -> {
		}).schedule();
		return Status.OK_STATUS;
	}
}
