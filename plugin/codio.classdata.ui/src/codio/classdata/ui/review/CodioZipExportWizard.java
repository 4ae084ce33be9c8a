package codio.classdata.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import codio.classdata.ui.Notifications;
import codio.classdata.ui.SelectedProjects;
import codio.classdata.workspace.CodioWorkspaceZip;
import codio.classdata.workspace.ProjectOrigin;

/**
 * File &gt; Export &gt; Codio &gt; Codio Workspace Zip: each chosen student project as a zip that Codio's project
 * import accepts ({@link CodioWorkspaceZip}: the student's files as they came, Codio's {@code .settings} restored,
 * Eclipse's files and build output left out unless the student had them), one {@code <project>.zip} per project in
 * a folder. Existing files are never replaced; the zips are written in a job.
 */
public final class CodioZipExportWizard extends Wizard implements IExportWizard {

	private static final String SETTINGS_SECTION = "CodioZipExportWizard";
	private List<IProject> selected = List.of();
	private CodioZipExportPage page;
	private Job job;

	public CodioZipExportWizard() {
		setWindowTitle(ReviewMessages.ZipExport_title);
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(
				org.osgi.framework.FrameworkUtil.getBundle(CodioZipExportWizard.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SETTINGS_SECTION);
		setDialogSettings(section != null ? section : all.addNewSection(SETTINGS_SECTION));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		selected = SelectedProjects.of(selection);
	}

	@Override
	public void addPages() {
		page = new CodioZipExportPage(codioProjects(), selected, getDialogSettings());
		addPage(page);
	}

	/** The open projects an import of ours made, by name. */
	static List<IProject> codioProjects() {
		List<IProject> projects = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && ProjectOrigin.readFrom(project).isPresent()) {
				projects.add(project);
			}
		}
		return projects;
	}

	@Override
	public boolean performFinish() {
		page.saveSettings();
		job = zips(page.projects(), page.folder());
		job.schedule();
		return true;
	}

	/** The job started by Finish, for tests; null before. */
	Job job() {
		return job;
	}

	/** The page, for tests. */
	CodioZipExportPage page() {
		return page;
	}

	/** Writes one zip per project into the folder; stops at the first failure, keeping the zips already written. */
	static Job zips(List<IProject> projects, Path folder) {
		Job job = Job.create(NLS.bind(ReviewMessages.ZipExport_job, projects.size(), folder),
				(IProgressMonitor monitor) -> {
					SubMonitor progress = SubMonitor.convert(monitor, projects.size());
					for (IProject project : projects) {
						try {
							new CodioWorkspaceZip(project).write(folder.resolve(project.getName() + ".zip"),
									progress.split(1));
						} catch (InterruptedException e) {
							return Status.CANCEL_STATUS;
						} catch (IOException | CoreException e) {
							return Status.error(NLS.bind(ReviewMessages.ZipExport_failed, project.getName(),
									e.getMessage()), e);
						}
					}
					Notifications.show(ReviewMessages.ZipExport_doneTitle,
							NLS.bind(ReviewMessages.ZipExport_doneText, projects.size(), folder), List.of());
					return Status.OK_STATUS;
				});
		job.setUser(true);
		return job;
	}

	@Override
	public boolean canFinish() {
		return page != null && page.isPageComplete();
	}
}
