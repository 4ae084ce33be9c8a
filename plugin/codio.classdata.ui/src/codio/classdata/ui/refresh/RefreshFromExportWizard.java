package codio.classdata.ui.refresh;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import codio.classdata.review.RefreshOperation;
import codio.classdata.review.RefreshPlan;
import codio.classdata.workspace.ProjectOrigin;

/**
 * Refresh from Export: choose a newer export of the class, see what it brings into each selected project, settle
 * the conflicts, and Finish applies it in a {@link RefreshJob}. Next works the plan out in the wizard's container
 * (cancellable, nothing written); the plan's temporary folder is removed when the wizard closes, unless Finish
 * handed it to the job, which removes it when done.
 */
public final class RefreshFromExportWizard extends Wizard implements IPageChangingListener {

	private static final String SETTINGS_SECTION = "RefreshFromExportWizard";

	private final List<IProject> projects;
	private NewerExportPage exportPage;
	private RefreshChangesPage changesPage;
	private RefreshPlan plan;
	private RefreshOperation operation;
	private boolean handedOver;
	private RefreshJob job;

	/** @param projects the imported projects to refresh */
	public RefreshFromExportWizard(List<IProject> projects) {
		this.projects = List.copyOf(projects);
		setWindowTitle(RefreshMessages.Wizard_title);
		setNeedsProgressMonitor(true);
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(
				FrameworkUtil.getBundle(RefreshFromExportWizard.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SETTINGS_SECTION);
		setDialogSettings(section != null ? section : all.addNewSection(SETTINGS_SECTION));
	}

	@Override
	public void addPages() {
		exportPage = new NewerExportPage(projects.size(), classId(), getDialogSettings());
		changesPage = new RefreshChangesPage();
		addPage(exportPage);
		addPage(changesPage);
	}

	/** The Codio class all the projects came from, or null when none or several are recorded. */
	private String classId() {
		Set<String> ids = new TreeSet<>();
		for (IProject project : projects) {
			ProjectOrigin.readFrom(project).map(ProjectOrigin::courseId).filter(id -> !id.isEmpty())
					.ifPresent(ids::add);
		}
		return ids.size() == 1 ? ids.iterator().next() : null;
	}

	@Override
	public void setContainer(IWizardContainer container) {
		if (getContainer() instanceof WizardDialog old) {
			old.removePageChangingListener(this);
		}
		super.setContainer(container);
		if (container instanceof WizardDialog dialog) {
			dialog.addPageChangingListener(this);
		}
	}

	@Override
	public void handlePageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == exportPage && event.getTargetPage() == changesPage) {
			event.doit = plan(exportPage.file());
		}
	}

	/**
	 * Works out the refresh from the export (kept when it is the same export as before, with the choices made);
	 * true when the plan is ready.
	 */
	boolean plan(Path archive) {
		if (plan != null && plan.archive().equals(archive)) {
			return true;
		}
		RefreshOperation newOperation = new RefreshOperation(archive, projects);
		RefreshPlan[] made = new RefreshPlan[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					made[0] = newOperation.plan(RefreshOperation.workspaceTemporaryRoot(), monitor);
				} catch (IOException | CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InterruptedException e) {
			exportPage.setMessage(RefreshMessages.Export_cancelled, IMessageProvider.WARNING);
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			String why = cause instanceof CoreException core ? core.getStatus().getMessage() : cause.getMessage();
			exportPage.setErrorMessage(NLS.bind(RefreshMessages.Export_planFailed, archive.getFileName(), why));
			return false;
		}
		closeLater(plan);
		plan = made[0];
		operation = newOperation;
		exportPage.remember();
		changesPage.show(plan);
		return true;
	}

	@Override
	public boolean canFinish() {
		return plan != null && getContainer().getCurrentPage() == changesPage;
	}

	@Override
	public boolean performFinish() {
		job = new RefreshJob(operation, plan, changesPage.checkedNewStudents(), classId());
		handedOver = true;
		job.schedule();
		return true;
	}

	@Override
	public void dispose() {
		if (!handedOver) {
			closeLater(plan);
			plan = null;
		}
		super.dispose();
	}

	/** Deletes a plan's temporary folder in the background: it holds the export's extracted workspaces. */
	static void closeLater(RefreshPlan plan) {
		if (plan == null) {
			return;
		}
		Job close = Job.create(RefreshMessages.Job_closePlan, monitor -> {
			try {
				plan.close();
			} catch (IOException e) {
				ILog.of(RefreshFromExportWizard.class).log(Status.warning(
						"Could not remove the refresh's temporary folder " + plan.temporary(), e));
			}
		});
		close.setSystem(true);
		close.schedule();
	}

	/** The plan shown on the Changes page; for tests. */
	RefreshPlan plan() {
		return plan;
	}

	/** The job Finish started; null before. */
	public RefreshJob job() {
		return job;
	}

	NewerExportPage exportPage() {
		return exportPage;
	}

	RefreshChangesPage changesPage() {
		return changesPage;
	}
}
