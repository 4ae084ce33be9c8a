package codio.classdata.ui.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Messages;
import codio.classdata.ui.Problems;

/**
 * Reads the settings and secure storage and lists the organisation's classes, off the UI thread. The outcome
 * goes to a consumer; failures are also written to the Error Log with their cause.
 */
final class LoadClassesJob extends Job {

	private final Consumer<ClassesLoadResult> onDone;

	LoadClassesJob(Consumer<ClassesLoadResult> onDone) {
		super(Messages.ClassesView_loadJob);
		this.onDone = onDone;
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.CLASSES_RELOAD || family == JobFamilies.CODIO;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		ClassesLoadResult result;
		try {
			result = load(monitor);
		} catch (org.eclipse.core.runtime.OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		onDone.accept(result);
		return Status.OK_STATUS;
	}

	private ClassesLoadResult load(IProgressMonitor monitor) {
		try {
			Optional<CodioClient> client = CodioSession.client();
			if (client.isEmpty()) {
				return new ClassesLoadResult.NotSignedIn();
			}
			String server = hostOf(client.get().endpoints().apiBaseUrl());
			List<Course> courses = client.get().listCourses(CourseFilter.ALL, monitor);
			return new ClassesLoadResult.Loaded(server, courses);
		} catch (CodioApiException e) {
			log(e.getMessage(), e);
			return new ClassesLoadResult.Failed(Problems.describe(e));
		} catch (StorageException e) {
			String message = NLS.bind(Messages.ClassesView_secureStorageFailed, e.getMessage());
			log(message, e);
			return new ClassesLoadResult.Failed(message);
		} catch (IllegalArgumentException | IllegalStateException e) {
			String message = NLS.bind(Messages.ClassesView_badSettings, e.getMessage());
			log(message, e);
			return new ClassesLoadResult.Failed(message);
		}
	}

	static String hostOf(String url) {
		String rest = url.substring(url.indexOf("://") + 3);
		int slash = rest.indexOf('/');
		return slash < 0 ? rest : rest.substring(0, slash);
	}

	private static void log(String message, Throwable cause) {
		org.eclipse.core.runtime.ILog.of(LoadClassesJob.class).warn(message, cause);
	}
}
