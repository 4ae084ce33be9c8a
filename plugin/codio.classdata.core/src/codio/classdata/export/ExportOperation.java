package codio.classdata.export;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.ErrorKind;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportStatus;
import codio.classdata.api.ExportTask;

/**
 * Starts one export of a class (or follows one already started) and waits until Codio has built it: start, then
 * poll with a growing pause until the task is done. The result is the finished task with its download URL.
 * Cancelling the monitor stops the waiting (Codio goes on building; the link will still appear in its list).
 */
public final class ExportOperation {

	/** Consecutive failed polls (network, 5xx) tolerated before giving up. */
	private static final int MAX_FAILED_POLLS = 3;

	private final CodioClient client;
	private final ExportHistory history;
	private final String courseId;
	private final ExportKind kind;
	private List<String> assignmentIds = List.of();
	private PollingSchedule polling = PollingSchedule.DEFAULT;
	private Clock clock = Clock.systemUTC();
	private String taskId;
	/** Where Codio said to poll the task, when this operation started it; null for a task resumed by id. */
	private String taskUri;
	private java.util.function.Consumer<String> onStarted = started -> {
	};

	public ExportOperation(CodioClient client, ExportHistory history, String courseId, ExportKind kind) {
		this.client = client;
		this.history = history;
		this.courseId = courseId;
		this.kind = kind;
	}

	/** For assessment exports: which assignments (all when not set). */
	public ExportOperation assignments(List<String> ids) {
		this.assignmentIds = List.copyOf(ids);
		return this;
	}

	public ExportOperation polling(PollingSchedule schedule) {
		this.polling = schedule;
		return this;
	}

	/** Waits for a task started earlier instead of starting a new one. */
	public ExportOperation following(String existingTaskId) {
		this.taskId = existingTaskId;
		return this;
	}

	/** Told the task id as soon as Codio has accepted the export (the link then shows as running). */
	public ExportOperation onStarted(java.util.function.Consumer<String> listener) {
		this.onStarted = listener;
		return this;
	}

	ExportOperation clock(Clock newClock) {
		this.clock = newClock;
		return this;
	}

	/** The task's id, once started. */
	public String taskId() {
		return taskId;
	}

	/**
	 * @return the finished task, with its URL
	 * @throws CodioApiException    when Codio refuses the export or reports that building it failed
	 * @throws InterruptedException when the monitor is cancelled
	 */
	public ExportStatus run(IProgressMonitor monitor) throws CodioApiException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ExportText.ExportOperation_task, kind.label()), 100);
		try {
			if (taskId == null) {
				progress.subTask(NLS.bind(ExportText.ExportOperation_starting, kind.label()));
				ExportTask task = kind == ExportKind.ASSESSMENTS
						? client.startAssessmentsExport(courseId, assignmentIds, progress.split(5))
						: client.startExport(courseId, kind, progress.split(5));
				taskId = task.taskId();
				taskUri = task.taskUri();
				if (taskId == null || taskId.isEmpty()) {
					throw new CodioApiException(ErrorKind.BAD_RESPONSE, ExportText.ExportOperation_noTaskId, 200);
				}
				remember(() -> history.recordStarted(courseId, kind, taskId, clock.instant()));
				onStarted.accept(taskId);
			}
			ExportStatus status = waitUntilDone(progress);
			remember(() -> history.recordFinished(courseId, kind, taskId, status.url()));
			return status;
		} catch (OperationCanceledException e) {
			throw new InterruptedException("Cancelled while waiting for the " + kind.label() + " export");
		}
	}

	private ExportStatus waitUntilDone(SubMonitor progress) throws CodioApiException, InterruptedException {
		Duration pause = polling.first();
		int failedPolls = 0;
		long started = System.nanoTime();
		while (true) {
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			progress.subTask(NLS.bind(ExportText.ExportOperation_building, kind.label(), seconds));
			Waits.sleep(pause, progress);
			progress.setWorkRemaining(100);
			ExportStatus status;
			try {
				status = client.exportStatus(courseId, kind, new ExportTask(taskId, taskUri), progress.split(1));
				failedPolls = 0;
			} catch (CodioApiException e) {
				boolean transientFailure = e.kind() == ErrorKind.NETWORK || e.kind() == ErrorKind.SERVER
						|| e.kind() == ErrorKind.BAD_RESPONSE;
				if (!transientFailure || ++failedPolls > MAX_FAILED_POLLS) {
					throw e;
				}
				pause = polling.next(pause);
				continue;
			}
			if (status.failed()) {
				throw new CodioApiException(ErrorKind.SERVER,
						NLS.bind(ExportText.ExportOperation_buildFailed, kind.label(), status.error()), 200);
			}
			if (status.done()) {
				if (!status.succeeded()) {
					throw new CodioApiException(ErrorKind.BAD_RESPONSE,
							NLS.bind(ExportText.ExportOperation_noLink, kind.label()), 200);
				}
				return status;
			}
			pause = polling.next(pause);
		}
	}

	private interface HistoryUpdate {
		void run() throws IOException;
	}

	/** The history is a convenience: failing to write it must not fail the export. */
	private static void remember(HistoryUpdate update) {
		try {
			update.run();
		} catch (IOException e) {
			org.eclipse.core.runtime.ILog.of(ExportOperation.class)
					.warn("Could not remember an export in the history file: " + e.getMessage(), e);
		}
	}
}
