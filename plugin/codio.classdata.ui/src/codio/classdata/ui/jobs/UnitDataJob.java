package codio.classdata.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.Assignment;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.export.FileNames;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Problems;
import codio.classdata.ui.UiPreferences;

/** Asks Codio for one assignment's CSV ("Export Unit Data") and saves it with a {@link DownloadJob}. */
public final class UnitDataJob extends Job {

	private final Course course;
	private final Assignment assignment;

	public UnitDataJob(Course course, Assignment assignment) {
		super(NLS.bind(JobMessages.UnitDataJob_name, assignment.name()));
		this.course = course;
		this.assignment = assignment;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TRANSFERS || family == JobFamilies.CODIO;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			CodioClient client = CodioSession.client().orElse(null);
			if (client == null) {
				Problems.inform(JobMessages.Job_notSignedIn);
				return Status.OK_STATUS;
			}
			String url = client.assignmentCsvUrl(course.id(), assignment.id(), monitor);
			String name = FileNames.sanitise(course.name() + " - " + assignment.name() + ".csv");
			new DownloadJob(url, UiPreferences.downloadFolder(), name, file -> {
			}).schedule();
		} catch (CodioApiException e) {
			Problems.show(e.getMessage(), e);
		} catch (StorageException e) {
			Problems.show(NLS.bind(JobMessages.Job_secureStorageFailed, e.getMessage()), e);
		}
		return Status.OK_STATUS;
	}
}
