package codio.classdata.ui.preferences;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The Test Connection button and the status line under it, and the life of the test they start: one
 * {@link ConnectionTestJob} at a time, the button disabled while it runs, a new test (or Cancel, or an edit of the
 * tested values) cancelling the one in flight, and a result that arrives late — after a cancel, a newer test, or
 * the page's disposal — dropped unseen. Everything here runs on the UI thread; only the job touches the network.
 */
final class ConnectionTestControl {

	private final Supplier<ConnectionTestJob.Target> target;
	private final Button button;
	private final ConnectionStatusLine status;
	private boolean testable;

	/** The test in flight, or null; its result is shown only while its generation is the current one. */
	private ConnectionTestJob running;
	private int generation;

	/**
	 * Adds a row with the button and a row with the status line to a two-column grid, in its second column.
	 *
	 * @param target       the values entered, read when a test starts; may throw IllegalArgumentException
	 */
	ConnectionTestControl(Composite grid, Supplier<ConnectionTestJob.Target> target) {
		this.target = target;
		new Label(grid, SWT.NONE);
		button = new Button(grid, SWT.PUSH);
		button.setText(PreferenceMessages.PreferencePage_testConnection);
		button.setToolTipText(PreferenceMessages.PreferencePage_testConnectionTooltip);
		button.addListener(SWT.Selection, event -> start());
		new Label(grid, SWT.NONE);
		status = new ConnectionStatusLine(grid, this::cancelByUser);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status.control());
		button.addListener(SWT.Dispose, event -> cancel());
	}

	Button button() {
		return button;
	}

	/** Whether the entered values are complete enough to test; the button also waits for a running test. */
	void setTestable(boolean testable) {
		this.testable = testable;
		button.setEnabled(testable && running == null);
	}

	boolean isRunning() {
		return running != null;
	}

	/** The status line's message, empty when there is none. */
	String message() {
		return status.message();
	}

	/** The entered values changed: a running test or a shown result would describe the old ones. */
	void reset() {
		if (running != null || !status.message().isEmpty()) {
			cancel();
			status.clear();
			setTestable(testable);
		}
	}

	/** Tests the entered values; a test already running is cancelled and replaced. */
	void start() {
		cancel();
		ConnectionTestJob.Target tested;
		try {
			tested = target.get();
		} catch (IllegalArgumentException e) {
			status.show(new ConnectionTestResult.Failed(e.getMessage()));
			return;
		}
		int current = generation;
		Display display = button.getDisplay();
		running = new ConnectionTestJob(tested, result -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> finished(current, result));
			}
		});
		boolean buttonHadFocus = button.isFocusControl();
		status.showTesting(ConnectionTestJob.hostOf(tested.endpoints()));
		setTestable(testable);
		if (buttonHadFocus) {
			// The button is disabled now; the keyboard stays useful on Cancel.
			status.cancelLink().setFocus();
		}
		running.schedule();
	}

	/** Cancels the running test, and makes any result still on its way stale. */
	void cancel() {
		generation++;
		if (running != null) {
			running.cancel();
			running = null;
		}
	}

	private void finished(int resultGeneration, ConnectionTestResult result) {
		if (resultGeneration != generation || status.isDisposed()) {
			return; // replaced, cancelled, or the page is gone
		}
		running = null;
		boolean cancelHadFocus = status.cancelLink().isFocusControl();
		status.show(result);
		setTestable(testable);
		if (cancelHadFocus) {
			button.setFocus();
		}
	}

	private void cancelByUser() {
		cancel();
		status.showCancelled();
		setTestable(testable);
		button.setFocus();
	}
}
