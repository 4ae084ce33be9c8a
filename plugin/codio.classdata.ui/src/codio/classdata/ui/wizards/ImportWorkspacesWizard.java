package codio.classdata.ui.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import codio.classdata.api.Course;
import codio.classdata.ui.jobs.ImportWorkspacesJob;
import codio.classdata.workspace.FileNameParts;
import codio.classdata.workspace.PlannedProject;
import codio.classdata.workspace.WorkspaceScan;

/**
 * File &gt; Import &gt; Codio &gt; Student Workspaces, also opened by right-clicking an archive, dropping one on the
 * Codio Classes view, or from a downloaded export link. The import itself runs as a job
 * ({@link ImportWorkspacesJob}), so the workbench stays usable while hundreds of projects are created.
 */
public final class ImportWorkspacesWizard extends Wizard implements IImportWizard {

	/** The import wizard's id in {@code org.eclipse.ui.importWizards}. */
	public static final String ID = "codio.classdata.ui.wizards.importWorkspaces";
	private static final String SETTINGS_SECTION = "ImportWorkspacesWizard";

	private Path initialInput;
	private String className;
	private String courseId;
	private Course course;
	private Function<IProgressMonitor, Set<String>> studentLookup = monitor -> Set.of();
	private SelectWorkspacesPage selectPage;
	private ConfigureProjectsPage configurePage;
	private WorkspaceScan scan;
	private ImportWorkspacesJob job;

	/** For the import-wizard registry; {@link #init} gives the input from the selection. */
	public ImportWorkspacesWizard() {
		setWindowTitle(WizardMessages.ImportWizard_title);
		setNeedsProgressMonitor(true);
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(
				org.osgi.framework.FrameworkUtil.getBundle(ImportWorkspacesWizard.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SETTINGS_SECTION);
		setDialogSettings(section != null ? section : all.addNewSection(SETTINGS_SECTION));
	}

	/**
	 * For an input known up front (a downloaded export link, a dropped file).
	 *
	 * @param input         the archive or folder, or null to let the user choose
	 * @param course        the Codio class it came from (its name names projects, its id is recorded on them, its
	 *                      Course Sources can be fetched), or null
	 * @param studentLookup the class's student logins (which tell an export's folder order), asked on the scan's
	 *                      background thread; empty when not known
	 */
	public ImportWorkspacesWizard(Path input, Course course, Function<IProgressMonitor, Set<String>> studentLookup) {
		this();
		this.initialInput = input;
		this.course = course;
		this.className = course == null ? null : course.name();
		this.courseId = course == null ? null : course.id();
		this.studentLookup = studentLookup;
	}

	/** Whether the class is known, so that its published sources can come from Codio. */
	boolean knowsClass() {
		return course != null;
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (initialInput == null && selection != null && selection.size() == 1) {
			initialInput = inputOf(selection.getFirstElement());
		}
	}

	/** The file-system location of a selected archive or folder (a resource, a Path or a java.io.File). */
	public static Path inputOf(Object element) {
		if (element instanceof Path path) {
			return path;
		}
		if (element instanceof java.io.File file) {
			return file.toPath();
		}
		IResource resource = Adapters.adapt(element, IResource.class);
		IPath location = resource == null ? null : resource.getLocation();
		return location == null ? null : location.toPath();
	}

	@Override
	public void addPages() {
		selectPage = new SelectWorkspacesPage(this);
		configurePage = new ConfigureProjectsPage(this);
		addPage(selectPage);
		addPage(configurePage);
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == configurePage
				&& configurePage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		List<PlannedProject> plan = configurePage.rows().stream().map(ImportRow::plan).toList();
		configurePage.saveSettings();
		job = new ImportWorkspacesJob(selectPage.scannedInput(), plan, configurePage.workingSet(), courseId);
		if (configurePage.fetchSources()) {
			StarterSourcesAfterImport.when(job, course, configurePage.sourcesFile());
		}
		job.schedule();
		return true;
	}

	/** The job started by Finish, for tests; null before. */
	public ImportWorkspacesJob job() {
		return job;
	}

	Path initialInput() {
		return initialInput;
	}

	/** Called on the scan's background thread. */
	Set<String> knownStudents(IProgressMonitor monitor) {
		return studentLookup.apply(monitor);
	}

	/** The class name for the {class} placeholder: the Codio class, else the input's name. */
	String className() {
		if (className != null) {
			return className;
		}
		Path input = scan != null ? scan.input() : initialInput;
		return input == null || input.getFileName() == null ? ""
				: FileNameParts.withoutArchiveExtension(input.getFileName().toString());
	}

	/** What the last stack choice is remembered under: the class, else the input's name. */
	String classKey() {
		return className().isEmpty() ? "-" : className();
	}

	String defaultWorkingSetName() {
		return className();
	}

	void inputScanned(WorkspaceScan workspaceScan) {
		this.scan = workspaceScan;
	}

	List<ImportRow> selectedRows() {
		return selectPage.selectedRows();
	}

	/** For tests: the pages. */
	SelectWorkspacesPage selectPage() {
		return selectPage;
	}

	ConfigureProjectsPage configurePage() {
		return configurePage;
	}
}
