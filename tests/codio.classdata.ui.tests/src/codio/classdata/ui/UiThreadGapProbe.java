package codio.classdata.ui;

import org.eclipse.swt.widgets.Display;

/**
 * Measures the longest gap between turns of the UI thread's event loop: a timer re-arms itself every 10 ms, so a
 * blocking call on the UI thread shows as a gap of its length.
 */
public final class UiThreadGapProbe {

	private final Display display;
	private long last;
	private long longestGap;
	private boolean probing;

	public UiThreadGapProbe(Display display) {
		this.display = display;
	}

	/** Starts (or restarts) measuring from now. */
	public void start() {
		longestGap = 0;
		last = System.nanoTime();
		probing = true;
		display.timerExec(10, this::tick);
	}

	/** Stops measuring; the longest gap seen, in milliseconds. */
	public long stopMillis() {
		probing = false;
		return longestGap / 1_000_000;
	}

	private void tick() {
		long now = System.nanoTime();
		longestGap = Math.max(longestGap, now - last);
		last = now;
		if (probing) {
			display.timerExec(10, this::tick);
		}
	}
}
