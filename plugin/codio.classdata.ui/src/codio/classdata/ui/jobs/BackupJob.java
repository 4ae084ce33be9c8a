package codio.classdata.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.statushandlers.StatusManager;

import codio.classdata.api.Course;
import codio.classdata.export.BackupOperation;
import codio.classdata.export.BackupOutcome;
import codio.classdata.export.BackupSummary;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.Notifications;
import codio.classdata.ui.UiIds;

/**
 * Back Up All Classes: every class's Class Data export, started together, waited for and downloaded into one
 * folder ({@link BackupOperation}); a summary says what was saved and what failed and why.
 */
public final class BackupJob extends CodioJob {

	private final List<Course> courses;
	private final Path folder;
	private volatile BackupSummary summary;

	public BackupJob(List<Course> courses, Path folder) {
		super(NLS.bind(JobMessages.BackupJob_name, courses.size()));
		this.courses = List.copyOf(courses);
		this.folder = folder;
	}

	/** The outcome once finished, for tests. */
	public BackupSummary summary() {
		return summary;
	}

	@Override
	protected IStatus work(IProgressMonitor monitor)
			throws StorageException, IOException, InterruptedException, NotSignedInException {
		BackupSummary result = new BackupOperation(client(), CodioSession.history(), courses, folder).run(monitor);
		summary = result;
		return report(result);
	}

	@Override
	protected String diskProblem(IOException e) {
		return NLS.bind(JobMessages.DownloadJob_diskFailed, folder, e.getMessage());
	}

	/** Tells the user what was saved; with failures, the job ends WARNING with each failed class and why. */
	private IStatus report(BackupSummary result) {
		String text = NLS.bind(JobMessages.BackupJob_summary, new Object[] { result.outcomes().size() - result.failed()
				.size(), result.failed().size(), folder });
		Notifications.show(JobMessages.BackupJob_doneTitle, text, List.of(new Notifications.Action(
				JobMessages.Action_openFolder, () -> Program.launch(folder.toString()))));
		if (result.allSucceeded()) {
			return Status.OK_STATUS;
		}
		MultiStatus failures = new MultiStatus(UiIds.BUNDLE, 0, text, null);
		for (BackupOutcome outcome : result.failed()) {
			failures.add(new Status(IStatus.WARNING, UiIds.BUNDLE, outcome.courseName() + ": " + outcome.error()));
		}
		// shown here (the dialog does not block the UI thread); the job's WARNING result is what gets logged
		StatusManager.getManager().handle(failures, StatusManager.SHOW);
		return failures;
	}
}
