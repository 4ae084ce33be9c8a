package codio.classdata.ui.access;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import codio.classdata.access.AccessFlags;
import codio.classdata.access.AccessLog;
import codio.classdata.access.ClassDates;
import codio.classdata.access.Flag;
import codio.classdata.ui.JobFamilies;

/** Looks for flags again after the class dates changed; a newer request cancels an older one. */
final class FindFlagsJob extends Job {

	private final AccessLog log;
	private final ClassDates dates;
	private final Consumer<List<Flag>> done;

	/** @param dates the class dates, or null for no outside-class-dates flags */
	FindFlagsJob(AccessLog log, ClassDates dates, Consumer<List<Flag>> done) {
		super(AccessMessages.FlagsJob_name);
		this.log = log;
		this.dates = dates;
		this.done = done;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.CODIO || family == AccessJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<Flag> flags = new AccessFlags().classDates(dates).find(log);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		done.accept(flags);
		return Status.OK_STATUS;
	}
}
