package codio.classdata.ui.views;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.ExportKind;
import codio.classdata.export.ExportLinkList;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Messages;
import codio.classdata.ui.Problems;

/**
 * The export links of each class, loaded on demand in one job per class. A class slow to answer does not hold up
 * the others; a reload of a class replaces its job rather than adding one.
 */
final class ExportLinkCache {

	/** Every kind with a list in Codio's API (assessment exports have none). */
	static final List<ExportKind> LISTED_KINDS = Arrays.stream(ExportKind.values())
			.filter(kind -> kind != ExportKind.ASSESSMENTS).toList();

	/** What is known of one class's links. */
	sealed interface State {
	}

	record Loading() implements State {
	}

	record Loaded(ExportLinkList list) implements State {
	}

	record Failed(String message) implements State {
	}

	private final Map<String, State> states = new ConcurrentHashMap<>();
	private final Map<String, Job> jobs = new ConcurrentHashMap<>();
	private final Consumer<String> onChanged;

	/** @param onChanged told the class id whose links changed; called from job threads */
	ExportLinkCache(Consumer<String> onChanged) {
		this.onChanged = onChanged;
	}

	/** The known state, starting a load when nothing is known yet. */
	State state(String courseId) {
		State state = states.get(courseId);
		if (state == null) {
			reload(courseId);
			return states.get(courseId);
		}
		return state;
	}

	/** Loads the class's links again; keeps showing the old ones meanwhile. */
	void reload(String courseId) {
		states.putIfAbsent(courseId, new Loading());
		Job previous = jobs.remove(courseId);
		if (previous != null) {
			previous.cancel();
		}
		Job job = new Job(Messages.ClassesView_loadLinksJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				State result;
				try {
					CodioClient client = CodioSession.client().orElse(null);
					if (client == null) {
						return Status.OK_STATUS;
					}
					result = new Loaded(ExportLinkList.load(client, CodioSession.history(), courseId, LISTED_KINDS,
							Clock.systemUTC(), monitor));
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (CodioApiException e) {
					result = new Failed(Problems.describe(e));
				} catch (org.eclipse.equinox.security.storage.StorageException e) {
					result = new Failed(e.getMessage());
				} catch (RuntimeException e) {
					// a bug must not leave the folder "loading" for ever: say so, and log it
					ILog.of(ExportLinkCache.class).error("Listing the export links failed", e);
					result = new Failed(String.valueOf(e));
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				states.put(courseId, result);
				jobs.remove(courseId, this);
				onChanged.accept(courseId);
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JobFamilies.LINKS_RELOAD || family == JobFamilies.CODIO;
			}
		};
		job.setSystem(true);
		jobs.put(courseId, job);
		job.schedule();
	}

	/** Forgets everything, e.g. after signing in elsewhere; the next expansion loads again. */
	void clear() {
		jobs.values().forEach(Job::cancel);
		jobs.clear();
		states.clear();
	}

	void dispose() {
		clear();
	}
}
