package codio.classdata.ui.wizards;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Looks at an import wizard that an action opened in a blocking dialog: the dialog runs its own event loop, so the
 * probe runs from a timer inside it, waits for the scan, records what it shows and closes it.
 */
public final class ImportWizardProbe {

	private ImportWizardProbe() {
	}

	/**
	 * Starts probing; {@code seen} becomes {@code "<scanned input> <rows>"} once a wizard with at least
	 * {@code minimumRows} workspaces is open (then closed). The probe never spins an event loop of its own: a timer
	 * may fire inside the wizard's scan, whose modal context must be left to return.
	 */
	public static void closeWhenScanned(Display display, int minimumRows, AtomicReference<String> seen) {
		long deadline = System.currentTimeMillis() + 30_000;
		display.timerExec(200, () -> probe(display, minimumRows, seen, deadline));
	}

	private static void probe(Display display, int minimumRows, AtomicReference<String> seen, long deadline) {
		for (Shell shell : display.getShells()) {
			IWizardPage page = shell.getData() instanceof WizardDialog open ? open.getCurrentPage() : null;
			if (page != null && page.getWizard() instanceof ImportWorkspacesWizard wizard) {
				int rows = wizard.selectPage().rows().size();
				if (rows >= minimumRows) {
					seen.set(wizard.selectPage().scannedInput() + " " + rows);
					((WizardDialog) shell.getData()).close();
					return;
				}
				if (System.currentTimeMillis() > deadline) {
					seen.set(wizard.selectPage().scannedInput() + " " + rows);
					shell.dispose(); // not close(): a scan still running would ask, in a dialog no one answers
					return;
				}
			}
		}
		display.timerExec(200, () -> probe(display, minimumRows, seen, deadline));
	}
}
