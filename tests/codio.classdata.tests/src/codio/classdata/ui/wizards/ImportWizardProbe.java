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
	 * {@code minimumRows} workspaces is open (then closed).
	 */
	public static void closeWhenScanned(Display display, int minimumRows, AtomicReference<String> seen) {
		display.timerExec(200, () -> probe(display, minimumRows, seen));
	}

	private static void probe(Display display, int minimumRows, AtomicReference<String> seen) {
		for (Shell shell : display.getShells()) {
			IWizardPage page = shell.getData() instanceof WizardDialog open ? open.getCurrentPage() : null;
			if (page != null && page.getWizard() instanceof ImportWorkspacesWizard wizard) {
				long deadline = System.currentTimeMillis() + 30_000;
				while (wizard.selectPage().rows().size() < minimumRows && System.currentTimeMillis() < deadline) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				seen.set(wizard.selectPage().scannedInput() + " " + wizard.selectPage().rows().size());
				((WizardDialog) shell.getData()).close();
				return;
			}
		}
		display.timerExec(200, () -> probe(display, minimumRows, seen));
	}
}
