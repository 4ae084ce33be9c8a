package codio.classdata.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Configures an imported workspace's project for its Codio stack; the import calls this once the project exists,
 * is open and its files are refreshed, inside its workspace operation. In order:
 * <ol>
 * <li>Codio's {@code .settings} file is moved aside ({@link CodioSettingsFile}), since it blocks every project
 * preference;</li>
 * <li>the project encoding becomes UTF-8 unless the workspace brings its own (Codio's stacks run in UTF-8, and
 * without it Eclipse warns on every project);</li>
 * <li>by language: Java stacks get {@link JavaProjectSetup}; other languages stay plain projects, with the nature
 * of the plugin that edits them only when that plugin is installed (a nature whose plugin is missing would only
 * mark the project as broken):
 * <ul>
 * <li>{@link StackLanguage#PYTHON}, {@link StackLanguage#JUPYTER}: PyDev, {@value #PYDEV_NATURE}</li>
 * <li>{@link StackLanguage#C_CPP}: CDT, {@value #CDT_C_NATURE} and {@value #CDT_CC_NATURE}</li>
 * <li>{@link StackLanguage#PHP}: PDT, {@value #PDT_NATURE}</li>
 * <li>the others: none (their usual Eclipse plugins, such as Wild Web Developer, work without a nature)</li>
 * </ul>
 * </li>
 * <li>the stack is recorded on the project ({@link StackRecord}).</li>
 * </ol>
 */
public final class ProjectSetup {

	public static final String PYDEV_NATURE = "org.python.pydev.pythonNature";
	public static final String CDT_C_NATURE = "org.eclipse.cdt.core.cnature";
	public static final String CDT_CC_NATURE = "org.eclipse.cdt.core.ccnature";
	public static final String PDT_NATURE = "org.eclipse.php.core.PHPNature";
	private static final String ENCODING = "UTF-8";

	private final JavaHeaders knownHeaders;

	public ProjectSetup() {
		this(null);
	}

	/** @param knownHeaders the headers an extraction read of the Java sources, or null to read every one */
	ProjectSetup(JavaHeaders knownHeaders) {
		this.knownHeaders = knownHeaders;
	}

	/**
	 * @param project a project that exists and is open, its files refreshed
	 * @param stack   the stack the workspace ran on
	 */
	public void configure(IProject project, CodioStack stack, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(WorkspaceText.ProjectSetup_task, project.getName(), stack), 10);
		prepare(project, progress.split(1));
		if (stack.language() == StackLanguage.JAVA) {
			new JavaProjectSetup(knownHeaders).configure(project, stack, progress.split(8));
		} else {
			addInstalledNatures(project, natures(stack.language()), progress.split(8));
		}
		StackRecord.write(project, stack);
		progress.worked(1);
	}

	/** Steps 1 and 2: what every project needs before anything else is configured; does nothing when done. */
	static void prepare(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		CodioSettingsFile.moveAside(project, progress.split(1));
		if (project.getDefaultCharset(false) == null) {
			project.setDefaultCharset(ENCODING, progress.split(1));
		}
	}

	/** The natures that would suit the language, installed or not. */
	static List<String> natures(StackLanguage language) {
		switch (language) {
		case PYTHON, JUPYTER:
			return List.of(PYDEV_NATURE);
		case C_CPP:
			return List.of(CDT_C_NATURE, CDT_CC_NATURE);
		case PHP:
			return List.of(PDT_NATURE);
		default:
			return List.of();
		}
	}

	private static void addInstalledNatures(IProject project, List<String> wanted, IProgressMonitor monitor)
			throws CoreException {
		IWorkspace workspace = project.getWorkspace();
		IProjectDescription description = project.getDescription();
		Set<String> natures = new LinkedHashSet<>(Arrays.asList(description.getNatureIds()));
		List<String> added = new ArrayList<>();
		for (String nature : wanted) {
			if (workspace.getNatureDescriptor(nature) != null && natures.add(nature)) {
				added.add(nature);
			}
		}
		String[] ids = natures.toArray(String[]::new);
		// A set the workspace would refuse (say, a nature whose prerequisite is missing) is left out entirely.
		if (added.isEmpty() || !workspace.validateNatureSet(ids).isOK()) {
			return;
		}
		description.setNatureIds(ids);
		project.setDescription(description, IResource.KEEP_HISTORY, monitor);
	}
}
