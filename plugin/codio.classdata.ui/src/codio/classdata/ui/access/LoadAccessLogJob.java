package codio.classdata.ui.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import codio.classdata.access.AccessFlags;
import codio.classdata.access.AccessLog;
import codio.classdata.access.AccessLogReader;
import codio.classdata.access.ClassDates;
import codio.classdata.access.Flag;
import codio.classdata.access.StudentSummaries;
import codio.classdata.access.StudentSummary;
import codio.classdata.ui.JobFamilies;

/**
 * Reads an access CSV and works out the students' summaries and the flags, off the UI thread. Tells the editor the
 * result or the failure; a cancelled load tells nothing.
 */
final class LoadAccessLogJob extends Job {

	/** The load's outcome: data, or the message of a file that could not be read. */
	record Result(AccessData data, String error) {
	}

	private final Path file;
	private final ClassDates classDates;
	private final Consumer<Result> done;

	/** @param classDates the class dates for the outside-class-dates flag, or null */
	LoadAccessLogJob(Path file, ClassDates classDates, Consumer<Result> done) {
		super(NLS.bind(AccessMessages.LoadJob_name, file.getFileName()));
		this.file = file;
		this.classDates = classDates;
		this.done = done;
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.CODIO || family == AccessJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		long start = System.nanoTime();
		try {
			AccessLog log = new AccessLogReader(file).read(progress.split(80));
			progress.subTask(AccessMessages.LoadJob_summarising);
			List<StudentSummary> students = StudentSummaries.of(log);
			progress.split(10);
			List<Flag> flags = new AccessFlags().classDates(classDates).find(log);
			progress.split(10);
			done.accept(new Result(new AccessData(log, students, flags, (System.nanoTime() - start) / 1_000_000),
					null));
		} catch (InterruptedException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			done.accept(new Result(null, message));
		}
		return Status.OK_STATUS;
	}
}
