package codio.classdata.ui.review;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.review.AttachStarterSourcesOperation;
import codio.classdata.ui.Notifications;
import codio.classdata.ui.SelectedProjects;

/**
 * Attach Starter Code…: the assignments' published sources (Codio's Course Sources export) become the baselines the
 * selected projects compare and test against, matched by assignment.
 */
public final class AttachStarterCodeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IProject> projects = SelectedProjects.of(event);
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
		dialog.setText(ReviewMessages.AttachJob_chooseSources);
		dialog.setFilterExtensions(new String[] { "*.zip;*.tar.zst;*.tzst;*.tar.gz;*.tgz;*.tar", "*.*" });
		String chosen = dialog.open();
		if (chosen == null || projects.isEmpty()) {
			return null;
		}
		attach(Path.of(chosen), projects).schedule();
		return null;
	}

	/** The job that attaches; public for tests. */
	public static Job attach(Path sources, List<IProject> projects) {
		Job job = Job.create(NLS.bind(ReviewMessages.AttachJob_name, sources.getFileName()),
				(IProgressMonitor monitor) -> {
					try {
						AttachStarterSourcesOperation.Result result = new AttachStarterSourcesOperation(sources,
								projects, AttachStarterSourcesOperation.workspaceStore()).run(monitor);
						String text = NLS.bind(ReviewMessages.AttachJob_doneText, result.matched().size(),
								sources.getFileName());
						if (!result.unmatched().isEmpty()) {
							text += "\n" + NLS.bind(ReviewMessages.AttachJob_unmatched, result.unmatched().size(),
									result.unmatched().stream().map(IProject::getName).collect(Collectors.joining(", ")));
						}
						Notifications.show(ReviewMessages.AttachJob_doneTitle, text, List.of());
						org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> org.eclipse.ui.PlatformUI
								.getWorkbench().getDecoratorManager().update(ChangeDecorator.ID));
						return Status.OK_STATUS;
					} catch (InterruptedException e) {
						return Status.CANCEL_STATUS;
					} catch (CoreException e) {
						return e.getStatus();
					} catch (java.io.IOException e) {
						return Status.error(e.getMessage(), e);
					}
				});
		job.setUser(true);
		return job;
	}
}
