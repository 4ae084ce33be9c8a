package codio.classdata.ui.similarity;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import codio.classdata.review.ReviewedProject;
import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarityOperation;
import codio.classdata.ui.JobFamilies;

/**
 * Looks for code that student projects share ({@link SimilarityOperation}) in the background, cancellable, and hands
 * the result over when done. The view shows it running; no modal dialog.
 */
final class SimilarityJob extends Job {

	private final Callable<List<ReviewedProject>> toCompare;
	private final Consumer<SimilarityResult> whenDone;

	/**
	 * @param count     how many projects, for the job's name
	 * @param toCompare the projects, read on the job's thread (reading their build output folders takes a while)
	 * @param whenDone  called on the job's thread with the result; not called when cancelled or failed
	 */
	SimilarityJob(int count, Callable<List<ReviewedProject>> toCompare, Consumer<SimilarityResult> whenDone) {
		super(NLS.bind(SimilarityMessages.Job_name, count));
		this.toCompare = toCompare;
		this.whenDone = whenDone;
		setUser(false); // shown in the view (busy title, Cancel in its toolbar) and the Progress view
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.SIMILARITY || family == JobFamilies.CODIO;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try {
			List<ReviewedProject> projects = List.copyOf(toCompare.call());
			progress.worked(5);
			List<SimilarPair> pairs = new SimilarityOperation(projects).run(progress.split(95));
			whenDone.accept(new SimilarityResult(projects, pairs));
			return Status.OK_STATUS;
		} catch (InterruptedException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | CoreException e) {
			return Status.error(NLS.bind(SimilarityMessages.Job_failed, e.getMessage()), e);
		} catch (Exception e) {
			// reading the projects throws only the above; anything else is a bug, reported as such
			return Status.error(NLS.bind(SimilarityMessages.Job_failed, e), e);
		}
	}
}
