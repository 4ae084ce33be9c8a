package codio.classdata.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Where the Java sources of a workspace without an Eclipse {@code .classpath} are: the source folders found from
 * the package declarations of its {@code .java} files (a file {@code code/com/example/Main.java} in package
 * {@code com.example} makes {@code code} a source folder), or by Maven and Gradle convention.
 *
 * @param roots      the source folders, outer ones before the folders nested in them
 * @param output     the output folder, project-relative
 * @param testOutput the output folder of the test source folders, which JDT wants apart; null when there are none
 * @param junit      the JUnit that the sources in the roots use
 * @param misplaced  project-relative paths of {@code .java} files whose package does not match their folder; they
 *                   are left out of the build (Codio's {@code javac} accepts them, JDT would report an error)
 */
record SourceLayout(List<SourceRoot> roots, IPath output, IPath testOutput, TestFramework junit,
		List<IPath> misplaced) {

	/**
	 * One source folder.
	 *
	 * @param path       project-relative; the empty path is the project itself
	 * @param test       whether it holds tests (JDT's "test" classpath attribute)
	 * @param exclusions patterns, relative to the folder, of what it must not compile: nested source folders,
	 *                   the teacher's {@code .guides}, build output, misplaced files
	 */
	record SourceRoot(IPath path, boolean test, List<IPath> exclusions) {
	}

	/** Top-level folders that never hold the student's sources: build output of javac, IDEs, Maven, Gradle. */
	private static final Set<String> OUTPUT_FOLDERS = Set.of("bin", "out", "target", "build", "node_modules");
	/** Maven and Gradle source folders, main before test; the boolean says test. */
	private static final Map<String, Boolean> CONVENTIONAL_ROOTS = conventionalRoots();

	SourceLayout {
		roots = List.copyOf(roots);
		misplaced = List.copyOf(misplaced);
	}

	private static Map<String, Boolean> conventionalRoots() {
		Map<String, Boolean> roots = new LinkedHashMap<>();
		roots.put("src/main/java", false);
		roots.put("src/main/resources", false);
		roots.put("src/test/java", true);
		roots.put("src/test/resources", true);
		return roots;
	}

	/**
	 * Scans the project's files as the workspace knows them (refreshed), reading only the head of each source.
	 *
	 * @param knownHeaders headers read while the files were extracted, or null; a source not among them is read
	 */
	static SourceLayout detect(IProject project, JavaHeaders knownHeaders, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		List<IFile> sources = new ArrayList<>();
		Set<IPath> skipped = new TreeSet<>(SourceLayout::compare);
		project.accept(proxy -> visit(proxy, sources, skipped), IResource.NONE);
		progress.worked(1);

		Map<IPath, JavaFileHeader> headers = new LinkedHashMap<>();
		SubMonitor reading = progress.split(8).setWorkRemaining(sources.size());
		for (IFile source : sources) {
			headers.put(source.getProjectRelativePath(), header(source, knownHeaders));
			reading.split(1);
		}

		Map<IPath, Boolean> rootTests = new HashMap<>();
		boolean maven = false;
		for (Map.Entry<String, Boolean> conventional : CONVENTIONAL_ROOTS.entrySet()) {
			if (project.getFolder(conventional.getKey()).exists()) {
				rootTests.put(IPath.fromPortableString(conventional.getKey()), conventional.getValue());
				maven |= conventional.getKey().endsWith("java");
			}
		}
		// Each file proposes the folder its package makes a source folder. A proposal is taken when it makes more
		// files fit than it makes misfit, the best supported first, so one file in a wrong folder cannot turn a
		// folder of correct ones into misfits.
		Map<IPath, Integer> support = new HashMap<>();
		for (Map.Entry<IPath, JavaFileHeader> file : headers.entrySet()) {
			IPath folder = file.getKey().removeLastSegments(1);
			IPath packagePath = IPath.fromPortableString(file.getValue().packagePath());
			if (enclosingRoot(rootTests.keySet(), file.getKey()) == null && endsWith(folder, packagePath)) {
				support.merge(folder.removeLastSegments(packagePath.segmentCount()), 1, Integer::sum);
			}
		}
		List<IPath> proposals = new ArrayList<>(support.keySet());
		proposals.sort((a, b) -> support.get(b) - support.get(a) != 0 ? support.get(b) - support.get(a)
				: compare(a, b));
		int fitting = fitting(rootTests.keySet(), headers);
		for (IPath proposal : proposals) {
			Set<IPath> with = new HashSet<>(rootTests.keySet());
			with.add(proposal);
			int fittingWith = fitting(with, headers);
			if (fittingWith > fitting) {
				rootTests.put(proposal, isTestFolder(proposal));
				fitting = fittingWith;
			}
		}

		// Each file belongs to its innermost root; one whose package does not fit there is left out.
		Map<IPath, List<IPath>> misplacedByRoot = new HashMap<>();
		List<IPath> misplaced = new ArrayList<>();
		TestFramework junit = TestFramework.NONE;
		for (Map.Entry<IPath, JavaFileHeader> file : headers.entrySet()) {
			IPath root = enclosingRoot(rootTests.keySet(), file.getKey());
			if (root == null) {
				misplaced.add(file.getKey());
				continue;
			}
			if (fits(root, file.getKey(), file.getValue())) {
				junit = junit.and(file.getValue().junit());
			} else {
				misplaced.add(file.getKey());
				misplacedByRoot.computeIfAbsent(root, r -> new ArrayList<>())
						.add(file.getKey().removeFirstSegments(root.segmentCount()));
			}
		}
		progress.worked(1);

		IPath output = outputFolder(project, maven ? "target/classes" : "bin", null);
		IPath testOutput = rootTests.containsValue(true)
				? outputFolder(project, maven ? "target/test-classes" : "bin-test", output)
				: null;
		List<IPath> outputs = testOutput == null ? List.of(output) : List.of(output, testOutput);
		List<SourceRoot> roots = new ArrayList<>();
		List<IPath> ordered = new ArrayList<>(rootTests.keySet());
		ordered.sort(SourceLayout::compare);
		for (IPath root : ordered) {
			List<IPath> exclusions = new ArrayList<>();
			for (IPath other : ordered) {
				if (!other.equals(root) && root.isPrefixOf(other)) {
					exclusions.add(folderPattern(other.removeFirstSegments(root.segmentCount())));
				}
			}
			for (IPath folder : skipped) {
				if (root.isPrefixOf(folder)) {
					exclusions.add(folderPattern(folder.removeFirstSegments(root.segmentCount())));
				}
			}
			for (IPath folder : outputs) {
				if (root.isPrefixOf(folder) && !root.equals(folder)) {
					IPath outputPattern = folderPattern(folder.removeFirstSegments(root.segmentCount()));
					if (exclusions.stream().noneMatch(pattern -> pattern.isPrefixOf(outputPattern))) {
						exclusions.add(outputPattern);
					}
				}
			}
			exclusions.addAll(misplacedByRoot.getOrDefault(root, List.of()));
			roots.add(new SourceRoot(root, rootTests.get(root), exclusions));
		}
		return new SourceLayout(roots, output, testOutput, junit, misplaced);
	}

	private static boolean visit(IResourceProxy proxy, List<IFile> sources, Set<IPath> skipped) {
		switch (proxy.getType()) {
		case IResource.PROJECT:
			return true;
		case IResource.FOLDER:
			IPath path = proxy.requestFullPath().removeFirstSegments(1);
			String name = proxy.getName();
			// .guides holds the teacher's tests (they name classes and JUnit the student may not have);
			// other dot-folders are tools' (.git, .settings, .vscode)
			if (name.startsWith(".") || path.segmentCount() == 1 && OUTPUT_FOLDERS.contains(name)) {
				skipped.add(path);
				return false;
			}
			return true;
		case IResource.FILE:
			if (proxy.getName().endsWith(".java")) {
				sources.add((IFile) proxy.requestResource());
			}
			return false;
		default:
			return false;
		}
	}

	private static JavaFileHeader header(IFile source, JavaHeaders knownHeaders) throws CoreException {
		IPath location = source.getLocation();
		JavaFileHeader known = knownHeaders == null || location == null ? null
				: knownHeaders.take(location.toPath());
		if (known != null) {
			return known;
		}
		try (InputStream in = source.getContents(true)) {
			return JavaFileHeader.read(in);
		} catch (IOException e) {
			// Unreadable: treat as default package, so it decides nothing unless it sits where default fits.
			return new JavaFileHeader("", TestFramework.NONE);
		}
	}

	/**
	 * The preferred output folder ({@code bin}, {@code target/classes} for Maven and Gradle layouts, and their test
	 * twins), unless the student has a folder of that name with anything but class files in it: a full build empties
	 * the output folder.
	 */
	private static IPath outputFolder(IProject project, String preferred, IPath taken) throws CoreException {
		String base = IPath.fromPortableString(preferred).lastSegment();
		String[] candidates = { preferred, "eclipse-" + base, "eclipse-" + base + "-2", "eclipse-" + base + "-3" };
		for (String candidate : candidates) {
			IFolder folder = project.getFolder(candidate);
			boolean free = !folder.exists() && !project.getFile(candidate).exists() || onlyClassFiles(folder);
			if (free && !IPath.fromPortableString(candidate).equals(taken)) {
				return IPath.fromPortableString(candidate);
			}
		}
		return IPath.fromPortableString("eclipse-" + base + "-" + System.nanoTime());
	}

	private static boolean onlyClassFiles(IContainer folder) throws CoreException {
		if (!folder.exists()) {
			return false;
		}
		boolean[] others = { false };
		folder.accept(proxy -> {
			if (proxy.getType() == IResource.FILE && !proxy.getName().endsWith(".class")) {
				others[0] = true;
			}
			return !others[0];
		}, IResource.NONE);
		return !others[0];
	}

	/** How many files sit in a root where their package fits. */
	private static int fitting(Set<IPath> roots, Map<IPath, JavaFileHeader> headers) {
		int count = 0;
		for (Map.Entry<IPath, JavaFileHeader> file : headers.entrySet()) {
			IPath root = enclosingRoot(roots, file.getKey());
			if (root != null && fits(root, file.getKey(), file.getValue())) {
				count++;
			}
		}
		return count;
	}

	private static boolean fits(IPath root, IPath file, JavaFileHeader header) {
		IPath relativeFolder = file.removeFirstSegments(root.segmentCount()).removeLastSegments(1);
		return relativeFolder.equals(IPath.fromPortableString(header.packagePath()));
	}

	private static IPath enclosingRoot(Set<IPath> roots, IPath file) {
		IPath best = null;
		for (IPath root : roots) {
			if (root.isPrefixOf(file) && (best == null || root.segmentCount() > best.segmentCount())) {
				best = root;
			}
		}
		return best;
	}

	private static boolean endsWith(IPath folder, IPath suffix) {
		int offset = folder.segmentCount() - suffix.segmentCount();
		return offset >= 0 && folder.removeFirstSegments(offset).equals(suffix);
	}

	/** {@code src/test/java}, {@code test}, {@code tests}, {@code code/tests}. */
	private static boolean isTestFolder(IPath root) {
		for (String segment : root.segments()) {
			if (segment.equals("test") || segment.equals("tests")) {
				return true;
			}
		}
		return false;
	}

	private static IPath folderPattern(IPath relative) {
		return relative.addTrailingSeparator();
	}

	/** Outer before inner, then by name: the order of the classpath. */
	private static int compare(IPath a, IPath b) {
		return a.toPortableString().compareTo(b.toPortableString());
	}
}
