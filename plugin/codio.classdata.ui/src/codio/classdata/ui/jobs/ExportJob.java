package codio.classdata.ui.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportStatus;
import codio.classdata.export.ExportOperation;
import codio.classdata.export.FileNames;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.Notifications;

/**
 * Starts one export of a class and waits until Codio has built it ({@link ExportOperation}), then offers the
 * download in a notification — or, for "fetch" commands, downloads it straight away.
 */
public final class ExportJob extends CodioJob {

	private final Course course;
	private final ExportKind kind;
	private final boolean downloadWhenReady;
	private final Consumer<String> linksChanged;
	private final Consumer<Path> onSaved;
	private org.eclipse.core.runtime.jobs.IJobChangeListener downloadListener;

	/**
	 * @param linksChanged told the class id when its list of links changed (started, finished)
	 * @param onSaved      told the saved file when {@code downloadWhenReady}
	 */
	public ExportJob(Course course, ExportKind kind, boolean downloadWhenReady, Consumer<String> linksChanged,
			Consumer<Path> onSaved) {
		super(NLS.bind(JobMessages.ExportJob_name, kind.label(), course.name()));
		this.course = course;
		this.kind = kind;
		this.downloadWhenReady = downloadWhenReady;
		this.linksChanged = linksChanged;
		this.onSaved = onSaved;
		setUser(false);
	}

	/** Also told when the download this job hands over to ends (a failed one too), when {@code downloadWhenReady}. */
	public ExportJob downloadListener(org.eclipse.core.runtime.jobs.IJobChangeListener listener) {
		this.downloadListener = listener;
		return this;
	}

	@Override
	protected IStatus work(IProgressMonitor monitor)
			throws CodioApiException, StorageException, InterruptedException, NotSignedInException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		CodioClient client = client();
		try {
			ExportStatus status = new ExportOperation(client, CodioSession.history(), course.id(), kind)
					.onStarted(taskId -> linksChanged.accept(course.id())).run(progress.split(100));
			String name = FileNames.forExport(course.name(), kind, status.url());
			if (downloadWhenReady) {
				DownloadJob download = DownloadJob.ofExport(status.url(), name, kind, course, file -> {
					linksChanged.accept(course.id());
					onSaved.accept(file);
				});
				if (downloadListener != null) {
					download.addJobChangeListener(downloadListener);
				}
				download.schedule();
				return Status.OK_STATUS;
			}
			Notifications.show(NLS.bind(JobMessages.ExportJob_readyTitle, kind.label()),
					NLS.bind(JobMessages.ExportJob_readyText, kind.label(), course.name()),
					List.of(new Notifications.Action(JobMessages.Action_download, () -> DownloadJob
							.ofExport(status.url(), name, kind, course, file -> linksChanged.accept(course.id()))
							.schedule())));
			return Status.OK_STATUS;
		} finally {
			linksChanged.accept(course.id());
		}
	}
}
