package codio.classdata.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;

import codio.classdata.api.CodioApiException;
import codio.classdata.export.DownloadOperation;
import codio.classdata.export.DownloadResult;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Notifications;
import codio.classdata.ui.Problems;

/**
 * Saves an export link's file in the background ({@link DownloadOperation}: progress in bytes and rate, cancel
 * removes the partial file), remembers where, and tells the user with a notification.
 */
public final class DownloadJob extends Job {

	private final String url;
	private final Path folder;
	private final String fileName;
	private final Consumer<Path> onSaved;
	private volatile DownloadResult result;
	private Consumer<Path> importAction;

	/**
	 * @param fileName the local name, or null for the link's own
	 * @param onSaved  told the saved file, from the job's thread
	 */
	public DownloadJob(String url, Path folder, String fileName, Consumer<Path> onSaved) {
		super(NLS.bind(JobMessages.DownloadJob_name, fileName != null ? fileName : url));
		this.url = url;
		this.folder = folder;
		this.fileName = fileName;
		this.onSaved = onSaved;
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TRANSFERS || family == JobFamilies.CODIO;
	}

	/** Offers "Import Workspaces" in the notification, for exports that hold student workspaces. */
	public DownloadJob importAction(Consumer<Path> importSavedFile) {
		this.importAction = importSavedFile;
		return this;
	}

	/** The finished download, for tests; null until done. */
	public DownloadResult result() {
		return result;
	}

	private List<Notifications.Action> actions(Path file) {
		Notifications.Action openFolder = new Notifications.Action(JobMessages.Action_openFolder,
				() -> Program.launch(file.getParent().toString()));
		return importAction == null ? List.of(openFolder)
				: List.of(openFolder, new Notifications.Action(JobMessages.Action_importWorkspaces,
						() -> importAction.accept(file)));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			DownloadResult saved = new DownloadOperation(url, folder).fileName(fileName).run(monitor);
			result = saved;
			CodioSession.history().recordDownloaded(url, saved.file(), saved.bytes());
			onSaved.accept(saved.file());
			Notifications.show(JobMessages.DownloadJob_doneTitle,
					NLS.bind(JobMessages.DownloadJob_doneText, new Object[] { saved.file().getFileName(),
							String.format(Locale.ROOT, "%.1f MB", saved.bytes() / 1e6), saved.file().getParent() }),
					actions(saved.file()));
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			return Status.CANCEL_STATUS;
		} catch (CodioApiException e) {
			Problems.show(e.getMessage(), e);
		} catch (IOException e) {
			Problems.show(NLS.bind(JobMessages.DownloadJob_diskFailed, folder, e.getMessage()), e);
		}
		return Status.OK_STATUS;
	}
}
