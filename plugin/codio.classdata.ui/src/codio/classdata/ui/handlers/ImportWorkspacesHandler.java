package codio.classdata.ui.handlers;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.wizards.ImportWorkspacesWizard;

/**
 * Import as Codio Workspace(s)… on an archive in the Project Explorer, Package Explorer or any resource view: opens
 * the import wizard on that file.
 */
public final class ImportWorkspacesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		Path input = selection.size() == 1 ? ImportWorkspacesWizard.inputOf(selection.getFirstElement()) : null;
		new WizardDialog(HandlerUtil.getActiveShell(event), new ImportWorkspacesWizard(input, null, monitor -> Set.of())).open();
		return null;
	}
}
