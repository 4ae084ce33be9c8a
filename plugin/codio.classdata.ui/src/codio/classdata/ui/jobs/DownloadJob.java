package codio.classdata.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.PlatformUI;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.export.DownloadOperation;
import codio.classdata.export.DownloadResult;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.Notifications;
import codio.classdata.ui.UiPreferences;
import codio.classdata.ui.wizards.ImportWizardLauncher;

/**
 * Saves an export link's file in the background ({@link DownloadOperation}: progress in bytes and rate, cancel
 * removes the partial file), remembers where, and tells the user with a notification.
 */
public final class DownloadJob extends CodioJob {

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

	/**
	 * Saves an export's file in the download folder under {@code name}; a class-data export's notification offers
	 * Import Workspaces…, whatever started the download (the view, an export's notification, a fetch).
	 *
	 * @param course the class, for the import wizard; null when not known
	 */
	public static DownloadJob ofExport(String url, String name, ExportKind kind, Course course,
			Consumer<Path> onSaved) {
		DownloadJob job = new DownloadJob(url, UiPreferences.downloadFolder(), name, onSaved);
		if (kind == ExportKind.WORKDATA) {
			job.importAction(file -> PlatformUI.getWorkbench().getDisplay().asyncExec(() -> ImportWizardLauncher
					.open(PlatformUI.getWorkbench().getDisplay().getActiveShell(), file, course)));
		}
		return job;
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
	protected IStatus work(IProgressMonitor monitor) throws CodioApiException, IOException, InterruptedException {
		DownloadResult saved = new DownloadOperation(url, folder).fileName(fileName).run(monitor);
		result = saved;
		CodioSession.history().recordDownloaded(url, saved.file(), saved.bytes());
		onSaved.accept(saved.file());
		Notifications.show(JobMessages.DownloadJob_doneTitle,
				NLS.bind(JobMessages.DownloadJob_doneText, new Object[] { saved.file().getFileName(),
						String.format(Locale.ROOT, "%.1f MB", saved.bytes() / 1e6), saved.file().getParent() }),
				actions(saved.file()));
		return Status.OK_STATUS;
	}

	@Override
	protected String diskProblem(IOException e) {
		return NLS.bind(JobMessages.DownloadJob_diskFailed, folder, e.getMessage());
	}
}
