package codio.classdata.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress on stderr. On a terminal: one line redrawn in place, a bar with the percentage, the task and its latest
 * sub-task, at most ten times a second. Otherwise (a log, a pipe): plain lines, one per task and at most one every
 * two seconds in between, with the percentage, so that logs of scheduled runs stay short. Silent with --quiet.
 */
final class ConsoleProgressMonitor implements IProgressMonitor {

	private static final long PLAIN_LINE_INTERVAL_NANOS = 2_000_000_000L;
	private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;
	private static final int BAR_WIDTH = 24;
	private static final int LINE_WIDTH = 110;
	private static final int MIN_TASK_WIDTH = 24;

	private final PrintStream err;
	private final boolean terminal;
	private final boolean quiet;
	private String task = "";
	private String detail = "";
	private double total;
	private double worked;
	private long lastShown;
	private int lastLength;
	private volatile boolean cancelled;

	ConsoleProgressMonitor(PrintStream err, boolean terminal, boolean quiet) {
		this.err = err;
		this.terminal = terminal;
		this.quiet = quiet;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork == UNKNOWN || totalWork <= 0 ? 0 : totalWork;
		worked = 0;
		detail = "";
		if (name != null && !name.isEmpty()) {
			task = name;
		}
		show(true);
	}

	@Override
	public void setTaskName(String name) {
		if (name != null && !name.isEmpty() && !name.equals(task)) {
			task = name;
			detail = "";
			show(true);
		}
	}

	@Override
	public void subTask(String name) {
		if (name != null && !name.isEmpty()) {
			detail = name;
			show(false);
		}
	}

	@Override
	public void internalWorked(double work) {
		if (work > 0) {
			worked += work;
			if (detail.isEmpty()) {
				show(false); // otherwise the sub-task that follows the work draws both, so that they agree
			}
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void done() {
		if (terminal && !quiet && lastLength > 0) {
			err.print("\r" + " ".repeat(lastLength) + "\r");
			err.flush();
			lastLength = 0;
		}
	}

	/** The line as shown now, without the carriage return; for tests. */
	String line() {
		String shownDetail = detail;
		if (!detail.isEmpty()) {
			// sub-tasks often repeat the file's name, which the task already shows
			int colon = detail.indexOf(": ");
			if (detail.equals(task)) {
				shownDetail = "";
			} else if (colon > 0 && task.endsWith(detail.substring(0, colon))) {
				shownDetail = detail.substring(colon + 2);
			}
		}
		String percent = total > 0 ? String.format(Locale.ROOT, "%3d%%", percent()) : "";
		if (!terminal) {
			String text = shownDetail.isEmpty() ? task : task + ": " + shownDetail;
			return percent.isEmpty() || worked == 0 ? text : text + " (" + percent.strip() + ")";
		}
		String bar = "";
		if (total > 0) {
			int filled = (int) Math.round(BAR_WIDTH * Math.min(1, worked / total));
			bar = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + percent + "  ";
		}
		String tail = shownDetail.isEmpty() ? "" : ": " + shownDetail;
		String line = bar + task + tail;
		if (line.length() <= LINE_WIDTH) {
			return line;
		}
		// Too long: shorten the task (a long file name) in the middle, so that the figures at the end stay.
		int room = LINE_WIDTH - bar.length() - tail.length();
		if (room >= MIN_TASK_WIDTH) {
			int head = (room - 1) / 2;
			return bar + task.substring(0, head) + "…" + task.substring(task.length() - (room - 1 - head)) + tail;
		}
		return line.substring(0, LINE_WIDTH - 1) + "…";
	}

	private int percent() {
		return (int) Math.min(100, Math.floor(100 * worked / total));
	}

	private void show(boolean newTask) {
		if (quiet) {
			return;
		}
		long now = System.nanoTime();
		if (terminal) {
			if (newTask || now - lastShown >= REDRAW_INTERVAL_NANOS) {
				String line = line();
				err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
				err.flush();
				lastLength = line.length();
				lastShown = now;
			}
		} else if (newTask || now - lastShown >= PLAIN_LINE_INTERVAL_NANOS) {
			err.println(line());
			lastShown = now;
		}
	}

	@Override
	public boolean isCanceled() {
		return cancelled;
	}

	@Override
	public void setCanceled(boolean value) {
		cancelled = value;
	}
}
