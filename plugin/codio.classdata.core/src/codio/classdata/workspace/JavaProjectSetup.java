package codio.classdata.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.core.IClasspathAttribute;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.launching.IVMInstall;
import org.eclipse.jdt.launching.IVMInstall2;
import org.eclipse.jdt.launching.JavaRuntime;
import org.eclipse.jdt.launching.environments.IExecutionEnvironment;
import org.eclipse.osgi.util.NLS;

/**
 * Makes an imported workspace a Java project that builds as it ran on its Codio stack. Its files are on disk and
 * refreshed; the caller runs this inside its workspace operation, with autobuild deferred. Like
 * {@link ProjectSetup}, it first moves Codio's {@code .settings} file aside and sets the encoding to UTF-8, since JDT
 * keeps its options in project preferences.
 * <p>
 * A workspace with its own {@code .classpath} keeps it: the Java nature is added if missing, source folders that do
 * not exist are dropped (rather than left as build path errors), and a JRE that the student chose stays, even one
 * of another Java version than the stack. Any other workspace gets source folders found from its sources
 * ({@link SourceLayout}): package declarations, Maven and Gradle convention; test folders carry the "test"
 * attribute and their own output folder; the teacher's {@code .guides} and build output are left out; the output
 * folder is {@code bin} ({@code target/classes} for Maven layouts) unless the student has sources there. The JRE is the execution environment of
 * the stack's Java version ({@code JavaSE-<n>}), or the default JRE when none of that version or newer is
 * installed; compliance is the stack's version either way, compiled with {@code --release} where the JRE allows, so
 * that the code is checked as the stack would. A JUnit 4 or 5 container is added only when the sources in the
 * source folders import JUnit.
 */
public final class JavaProjectSetup {

	private final JavaHeaders knownHeaders;

	public JavaProjectSetup() {
		this(null);
	}

	/** @param knownHeaders the headers an extraction read of the sources, or null to read every one */
	JavaProjectSetup(JavaHeaders knownHeaders) {
		this.knownHeaders = knownHeaders;
	}

	static final String TEST_ATTRIBUTE = "test";
	private static final Pattern ENVIRONMENT_VERSION = Pattern.compile("JavaSE-(?:1\\.)?(\\d+)$");

	/**
	 * @param project a project that exists and is open, its files refreshed
	 * @param stack   the stack the workspace ran on; its Java version sets the JRE and compliance
	 */
	public void configure(IProject project, CodioStack stack, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(WorkspaceText.JavaProjectSetup_task, project.getName()), 10);
		ProjectSetup.prepare(project, progress.split(1));
		addJavaNature(project, progress.split(1));
		IJavaProject javaProject = JavaCore.create(project);
		IClasspathEntry[] own = project.getFile(IJavaProject.CLASSPATH_FILE_NAME).exists()
				? javaProject.readRawClasspath()
				: null;
		// A .classpath that cannot be read counts as none: JDT would only report it as broken.
		String compliance = own != null
				? keepOwnClasspath(javaProject, own, stack, progress.split(7))
				: detectClasspath(javaProject, stack, knownHeaders, progress.split(7));
		setCompliance(javaProject, compliance);
		progress.worked(1);
	}

	private static void addJavaNature(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.hasNature(JavaCore.NATURE_ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(0, JavaCore.NATURE_ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, IResource.KEEP_HISTORY, monitor);
	}

	/**
	 * Keeps the student's classpath but for source folders that do not exist, and a JRE that is not installed
	 * (such as a JDK named after the student's machine): that one becomes the JRE of the version it names.
	 *
	 * @return the compliance to use: that of the student's JRE when it names a version, else the stack's
	 */
	private static String keepOwnClasspath(IJavaProject javaProject, IClasspathEntry[] own, CodioStack stack,
			IProgressMonitor monitor) throws CoreException {
		IProject project = javaProject.getProject();
		List<IClasspathEntry> entries = new ArrayList<>();
		String compliance = javaVersion(stack);
		boolean hasJre = false;
		boolean changed = false;
		for (IClasspathEntry entry : own) {
			if (entry.getEntryKind() == IClasspathEntry.CPE_SOURCE && !sourceFolderExists(project, entry.getPath())) {
				changed = true;
				continue;
			}
			if (isJreContainer(entry)) {
				hasJre = true;
				Matcher version = ENVIRONMENT_VERSION.matcher(entry.getPath().lastSegment());
				if (entry.getPath().segmentCount() == 3 && version.find()) {
					compliance = supported(Integer.parseInt(version.group(1)));
				}
				if (JavaRuntime.getVMInstall(entry.getPath()) == null) {
					entry = JavaCore.newContainerEntry(jreContainer(compliance), entry.getAccessRules(),
							entry.getExtraAttributes(), entry.isExported());
					changed = true;
				}
			}
			entries.add(entry);
		}
		if (!hasJre) {
			entries.add(JavaCore.newContainerEntry(jreContainer(compliance)));
			changed = true;
		}
		IPath output = javaProject.readOutputLocation();
		if (output == null) {
			output = project.getFullPath().append("bin");
		}
		if (changed) {
			javaProject.setRawClasspath(entries.toArray(IClasspathEntry[]::new), output, monitor);
		}
		return compliance;
	}

	private static boolean sourceFolderExists(IProject project, IPath path) {
		IResource resource = project.getWorkspace().getRoot().findMember(path);
		return resource != null && resource.getType() != IResource.FILE;
	}

	private static boolean isJreContainer(IClasspathEntry entry) {
		return entry.getEntryKind() == IClasspathEntry.CPE_CONTAINER
				&& JavaRuntime.JRE_CONTAINER.equals(entry.getPath().segment(0));
	}

	private static String detectClasspath(IJavaProject javaProject, CodioStack stack, JavaHeaders knownHeaders,
			IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		IProject project = javaProject.getProject();
		SourceLayout layout = SourceLayout.detect(project, knownHeaders, progress.split(7));
		List<IClasspathEntry> entries = new ArrayList<>();
		for (SourceLayout.SourceRoot root : layout.roots()) {
			IClasspathAttribute[] attributes = root.test()
					? new IClasspathAttribute[] { JavaCore.newClasspathAttribute(TEST_ATTRIBUTE, "true") }
					: new IClasspathAttribute[0];
			IPath output = root.test() ? project.getFullPath().append(layout.testOutput()) : null;
			entries.add(JavaCore.newSourceEntry(project.getFullPath().append(root.path()), new IPath[0],
					root.exclusions().toArray(IPath[]::new), output, attributes));
		}
		entries.add(JavaCore.newContainerEntry(jreContainer(javaVersion(stack))));
		if (layout.junit().containerPath() != null) {
			entries.add(JavaCore.newContainerEntry(IPath.fromPortableString(layout.junit().containerPath())));
		}
		javaProject.setRawClasspath(entries.toArray(IClasspathEntry[]::new),
				project.getFullPath().append(layout.output()), progress.split(3));
		return javaVersion(stack);
	}

	/**
	 * The execution environment of the Java version when a JRE of that version or newer is installed (a newer one
	 * compiles with {@code --release}, see {@link #setCompliance}), else the workspace's default JRE.
	 */
	static IPath jreContainer(String javaVersion) {
		IExecutionEnvironment environment = JavaRuntime.getExecutionEnvironmentsManager()
				.getEnvironment(environmentId(javaVersion));
		if (environment != null && environment.getCompatibleVMs().length > 0) {
			return JavaRuntime.newJREContainerPath(environment);
		}
		return JavaRuntime.newDefaultJREContainerPath();
	}

	/**
	 * Compliance, source and target of the given version, unless the student's own JDT settings name one. With a
	 * newer JRE, {@code --release} limits the API to that of the version, and JDT then does not warn about a JRE
	 * that is not strictly compatible.
	 */
	private static void setCompliance(IJavaProject javaProject, String compliance) throws CoreException {
		Map<String, String> options = javaProject.getOptions(false);
		if (options.containsKey(JavaCore.COMPILER_COMPLIANCE)) {
			return;
		}
		JavaCore.setComplianceOptions(compliance, options);
		IVMInstall vm = JavaRuntime.getVMInstall(javaProject);
		boolean release = vm instanceof IVMInstall2 vm2 && vm2.getJavaVersion() != null
				&& JavaCore.compareJavaVersions(vm2.getJavaVersion(), compliance) >= 0;
		options.put(JavaCore.COMPILER_RELEASE, release ? JavaCore.ENABLED : JavaCore.DISABLED);
		javaProject.setOptions(options);
	}

	/** The stack's Java version as JDT names it, capped at the newest this JDT supports; 17 when unknown. */
	static String javaVersion(CodioStack stack) {
		return supported(stack.javaVersion() > 0 ? stack.javaVersion() : 17);
	}

	private static String supported(int version) {
		String name = version <= 8 ? "1." + Math.max(version, 1) : String.valueOf(version);
		if (JavaCore.isSupportedJavaVersion(name)) {
			return name;
		}
		String latest = JavaCore.latestSupportedJavaVersion();
		return JavaCore.compareJavaVersions(name, latest) > 0 ? latest : JavaCore.VERSION_1_8;
	}

	private static String environmentId(String javaVersion) {
		return "JavaSE-" + javaVersion;
	}
}
