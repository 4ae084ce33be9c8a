package codio.classdata.ui.testresults;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** The one question before each test run: it runs the students' code on this computer. */
final class RunConfirmation {

	private RunConfirmation() {
	}

	/** Whether the user wants to run the tests of this many projects, having been told the risk. */
	static boolean ask(Shell shell, int projects) {
		MessageDialog dialog = new MessageDialog(shell, ResultsMessages.Confirm_title, null,
				NLS.bind(ResultsMessages.Confirm_message, projects), MessageDialog.WARNING, 0,
				ResultsMessages.Confirm_run, ResultsMessages.Confirm_cancel);
		return dialog.open() == 0;
	}
}
