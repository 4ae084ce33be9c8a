package codio.classdata.export;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;

/** Sleeping that a cancelled progress monitor cuts short. */
final class Waits {

	private static final long SLICE_MILLIS = 50;

	private Waits() {
	}

	/** Waits for the duration; throws InterruptedException as soon as the monitor is cancelled. */
	static void sleep(Duration duration, IProgressMonitor monitor) throws InterruptedException {
		long deadline = System.nanoTime() + duration.toNanos();
		while (true) {
			if (monitor.isCanceled()) {
				throw new InterruptedException("Cancelled");
			}
			long left = (deadline - System.nanoTime()) / 1_000_000;
			if (left <= 0) {
				return;
			}
			Thread.sleep(Math.min(left, SLICE_MILLIS));
		}
	}
}
