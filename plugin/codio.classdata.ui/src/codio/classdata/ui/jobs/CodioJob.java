package codio.classdata.ui.jobs;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.ExportNotOfferedException;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Problems;
import codio.classdata.ui.UiIds;

/**
 * A job that talks to Codio or saves its files, in the families the UI and tests join or cancel. The one place that
 * turns what can go wrong into what the user sees and the status the job ends with:
 * <ul>
 * <li>not signed in, or an export the server does not offer: told as information; the job ends INFO;</li>
 * <li>Codio refused or failed, secure storage or the disk failed: the job ends ERROR with one clear message, which
 * the workbench shows and logs (the Progress view keeps it);</li>
 * <li>cancelled: CANCEL.</li>
 * </ul>
 */
public abstract class CodioJob extends Job {

	/** Thrown by {@link #client()} when no API key is set; ends the job with an informational status. */
	protected static final class NotSignedInException extends Exception {

		private static final long serialVersionUID = 1L;

		NotSignedInException() {
			super(JobMessages.Job_notSignedIn);
		}
	}

	protected CodioJob(String name) {
		super(name);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TRANSFERS || family == JobFamilies.CODIO;
	}

	/** The job's work; returns its status when it succeeds (OK, or a WARNING for a partial success). */
	protected abstract IStatus work(IProgressMonitor monitor) throws CodioApiException, StorageException,
			IOException, InterruptedException, NotSignedInException;

	/** The signed-in client. */
	protected static CodioClient client() throws StorageException, NotSignedInException {
		return CodioSession.client().orElseThrow(NotSignedInException::new);
	}

	/** The sentence for a disk failure; jobs that write files say where. */
	protected String diskProblem(IOException e) {
		return e.getMessage();
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		try {
			return work(monitor);
		} catch (InterruptedException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (NotSignedInException e) {
			return information(e.getMessage());
		} catch (ExportNotOfferedException e) {
			return information(e.getMessage());
		} catch (CodioApiException e) {
			return failure(Problems.describe(e), e);
		} catch (StorageException e) {
			return failure(NLS.bind(JobMessages.Job_secureStorageFailed, e.getMessage()), e);
		} catch (IOException e) {
			return failure(diskProblem(e), e);
		}
	}

	/** A limitation rather than a failure: told to the user, and the job ends INFO. */
	private static IStatus information(String message) {
		Problems.inform(message);
		return new Status(IStatus.INFO, UiIds.BUNDLE, message);
	}

	/** The workbench shows an ERROR result to the user and logs it; nothing else needs to. */
	private static IStatus failure(String message, Throwable cause) {
		return new Status(IStatus.ERROR, UiIds.BUNDLE, message, cause);
	}
}
