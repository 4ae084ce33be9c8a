package codio.classdata.workspace;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress in bytes and cancel for an extraction. Only the thread that created it touches the monitor; worker
 * threads only see the cancel flag, which that thread sets when the monitor is cancelled.
 */
final class ExtractionProgress implements ExtractionWriter.Pulse {

	private final IProgressMonitor monitor;
	private final int ticks;
	private final Thread owner = Thread.currentThread();
	private volatile boolean stopped;
	private ExtractionWriter writer;
	private int reported;

	ExtractionProgress(IProgressMonitor monitor, int ticks) {
		this.monitor = monitor;
		this.ticks = ticks;
	}

	void follow(ExtractionWriter bytesFrom) {
		this.writer = bytesFrom;
	}

	@Override
	public void check() throws InterruptedException {
		if (Thread.currentThread() == owner) {
			update();
		}
		if (stopped) {
			throw new InterruptedException("Extracting the workspaces was cancelled.");
		}
	}

	/** On the owner thread: reports progress and notices cancel. */
	void update() {
		if (writer != null) {
			long total = Math.max(1, writer.bytesToWrite());
			int done = (int) Math.min(ticks, ticks * (double) writer.bytesWritten() / total);
			if (done > reported) {
				monitor.worked(done - reported);
				reported = done;
			}
		}
		if (monitor.isCanceled()) {
			stopped = true;
		}
	}

	/** Makes the other threads stop at their next check (after a failure in one of them). */
	void stop() {
		stopped = true;
	}

	boolean stopped() {
		return stopped;
	}
}
