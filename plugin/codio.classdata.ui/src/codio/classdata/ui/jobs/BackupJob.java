package codio.classdata.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.statushandlers.StatusManager;

import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.export.BackupOperation;
import codio.classdata.export.BackupOutcome;
import codio.classdata.export.BackupSummary;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Notifications;
import codio.classdata.ui.Problems;
import codio.classdata.ui.UiIds;

/**
 * Back Up All Classes: every class's Class Data export, started together, waited for and downloaded into one
 * folder ({@link BackupOperation}); a summary says what was saved and what failed and why.
 */
public final class BackupJob extends Job {


	private final List<Course> courses;
	private final Path folder;
	private volatile BackupSummary summary;

	public BackupJob(List<Course> courses, Path folder) {
		super(NLS.bind(JobMessages.BackupJob_name, courses.size()));
		this.courses = List.copyOf(courses);
		this.folder = folder;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TRANSFERS || family == JobFamilies.CODIO;
	}

	/** The outcome once finished, for tests. */
	public BackupSummary summary() {
		return summary;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			CodioClient client = CodioSession.client().orElse(null);
			if (client == null) {
				Problems.inform(JobMessages.Job_notSignedIn);
				return Status.OK_STATUS;
			}
			BackupSummary result = new BackupOperation(client, CodioSession.history(), courses, folder).run(monitor);
			summary = result;
			report(result);
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			Problems.show(NLS.bind(JobMessages.DownloadJob_diskFailed, folder, e.getMessage()), e);
		} catch (StorageException e) {
			Problems.show(NLS.bind(JobMessages.Job_secureStorageFailed, e.getMessage()), e);
		}
		return Status.OK_STATUS;
	}

	private void report(BackupSummary result) {
		String text = NLS.bind(JobMessages.BackupJob_summary, new Object[] { result.outcomes().size() - result.failed()
				.size(), result.failed().size(), folder });
		Notifications.show(JobMessages.BackupJob_doneTitle, text, List.of(new Notifications.Action(
				JobMessages.Action_openFolder, () -> Program.launch(folder.toString()))));
		if (!result.allSucceeded()) {
			// One message listing each failed class and why; the status dialog does not block the UI thread.
			MultiStatus failures = new MultiStatus(UiIds.BUNDLE, 0, text, null);
			for (BackupOutcome outcome : result.failed()) {
				failures.add(new Status(IStatus.WARNING, UiIds.BUNDLE, outcome.courseName() + ": " + outcome.error()));
			}
			StatusManager.getManager().handle(failures, StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
