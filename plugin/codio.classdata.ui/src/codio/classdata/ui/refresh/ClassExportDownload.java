package codio.classdata.ui.refresh;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.ui.jobs.CodioJob;
import codio.classdata.ui.jobs.ExportJob;

/**
 * "Download a new class export from Codio" of the refresh wizard: looks the class up (the projects recorded only its
 * id), then hands over to the {@link ExportJob} the Classes view uses, which starts a Class Data export, waits until
 * Codio has built it and downloads it. Failures are reported as every Codio job reports them; {@code onFailed} is
 * told when the lookup, the export or its download did not succeed, so the wizard can offer the link again.
 */
final class ClassExportDownload extends CodioJob {

	private final String classId;
	private final Consumer<Path> onSaved;
	private final Consumer<IStatus> onFailed;

	ClassExportDownload(String classId, Consumer<Path> onSaved, Consumer<IStatus> onFailed) {
		super(NLS.bind(RefreshMessages.Export_lookupJob, classId));
		this.classId = classId;
		this.onSaved = onSaved;
		this.onFailed = onFailed;
		addJobChangeListener(whenNotOk());
	}

	@Override
	protected IStatus work(IProgressMonitor monitor)
			throws CodioApiException, StorageException, NotSignedInException {
		Course course = client().getCourse(classId, monitor);
		ExportJob export = new ExportJob(course, ExportKind.WORKDATA, true, id -> {
		}, onSaved);
		export.addJobChangeListener(whenNotOk());
		export.downloadListener(whenNotOk()); // a failed download too gives the wizard its link back
		export.schedule();
		return Status.OK_STATUS;
	}

	private JobChangeAdapter whenNotOk() {
		return new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!event.getResult().isOK()) {
					onFailed.accept(event.getResult());
				}
			}
		};
	}
}
