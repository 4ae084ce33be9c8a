package codio.classdata.ui.access;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import codio.classdata.access.AccessCsvWriter;
import codio.classdata.access.AccessLog;
import codio.classdata.access.Anonymiser;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Notifications;

/**
 * Writes rows of the open log to a CSV, plain or anonymised (fresh pseudonyms per export). The user has already
 * agreed to replace an existing file in the save dialog; nothing is replaced otherwise.
 */
final class ExportRowsJob extends Job {

	private final AccessLog log;
	private final int[] rows;
	private final Path target;
	private final boolean anonymised;

	ExportRowsJob(AccessLog log, int[] rows, Path target, boolean anonymised) {
		super(NLS.bind(anonymised ? AccessMessages.Export_anonymisedJob : AccessMessages.Export_job,
				target.getFileName()));
		this.log = log;
		this.rows = rows;
		this.target = target;
		this.anonymised = anonymised;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.CODIO || family == AccessJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (anonymised) {
				Anonymiser.withRandomSalt().export(log, rows, target, true, monitor);
			} else {
				new AccessCsvWriter(log).replaceExisting(true).write(rows, target, monitor);
			}
		} catch (InterruptedException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error(NLS.bind(AccessMessages.Export_failed, target, e.getMessage()), e);
		}
		Notifications.show(AccessMessages.Export_doneTitle,
				NLS.bind(AccessMessages.Export_done, String.format("%,d", rows.length), target), java.util.List.of());
		return Status.OK_STATUS;
	}
}
