package codio.classdata.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress on stderr: one line redrawn in place on a terminal, plain lines at most every two seconds otherwise
 * (logs of scheduled runs stay short). Silent with --quiet.
 */
final class ConsoleProgressMonitor implements IProgressMonitor {

	private static final long PLAIN_LINE_INTERVAL_NANOS = 2_000_000_000L;

	private final PrintStream err;
	private final boolean terminal;
	private final boolean quiet;
	private String task = "";
	private long lastLine;
	private int lastLength;
	private volatile boolean cancelled;

	ConsoleProgressMonitor(PrintStream err, boolean terminal, boolean quiet) {
		this.err = err;
		this.terminal = terminal;
		this.quiet = quiet;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		setTaskName(name);
	}

	@Override
	public void setTaskName(String name) {
		if (name != null && !name.isEmpty()) {
			task = name;
			show(name, true);
		}
	}

	@Override
	public void subTask(String name) {
		if (name != null && !name.isEmpty()) {
			show(name, false);
		}
	}

	@Override
	public void done() {
		if (terminal && !quiet && lastLength > 0) {
			err.print("\r" + " ".repeat(lastLength) + "\r");
			err.flush();
			lastLength = 0;
		}
	}

	private void show(String text, boolean always) {
		if (quiet) {
			return;
		}
		long now = System.nanoTime();
		if (terminal) {
			String line = text.length() > 110 ? text.substring(0, 110) : text;
			err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
			err.flush();
			lastLength = line.length();
		} else if (always || now - lastLine >= PLAIN_LINE_INTERVAL_NANOS) {
			err.println(text);
			lastLine = now;
		}
	}

	@Override
	public void internalWorked(double work) {
		// Lines show the operations' own sub-task text, which carries the figures.
	}

	@Override
	public void worked(int work) {
		// As above.
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
