package codio.classdata.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourceAttributes;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.review.FileRefresh.Action;
import codio.classdata.workspace.BuildOutput;
import codio.classdata.workspace.CodioSettingsFile;
import codio.classdata.workspace.DiscoveredWorkspace;
import codio.classdata.workspace.ExtractionLimits;
import codio.classdata.workspace.ImportBase;
import codio.classdata.workspace.ProjectOrigin;
import codio.classdata.workspace.RelativePaths;
import codio.classdata.workspace.ScanWorkspacesOperation;
import codio.classdata.workspace.WorkspaceArchive;
import codio.classdata.workspace.WorkspaceRoot;
import codio.classdata.workspace.WorkspaceScan;

/**
 * Refreshes imported student projects from a newer export of their class without losing the instructor's edits:
 * each file is decided from three versions, the base the project was imported from ({@link ImportBase}), the
 * project now, and the export. What only the student changed comes in, what only the instructor changed stays,
 * changes to different lines of one file are merged, and the rest are conflicts for the user to decide.
 * <p>
 * {@link #plan} works everything out without writing to any project; {@link #apply} then writes each project whose
 * conflicts are all decided, as a whole or not at all (every write of a project is undone when one fails), through
 * the workspace so that the replaced contents stay in local history, and records the export as its new base.
 */
public final class RefreshOperation {

	private final Path archive;
	private final List<IProject> projects;
	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private ExtractionLimits limits = ExtractionLimits.DEFAULTS;

	/**
	 * @param archive  the newer export: a class export or one student's workspace
	 * @param projects the projects to refresh
	 */
	public RefreshOperation(Path archive, List<IProject> projects) {
		this.archive = archive;
		this.projects = List.copyOf(projects);
	}

	/** Where the IDE and the command line put a plan's temporary folder: the core bundle's state folder. */
	public static Path workspaceTemporaryRoot() {
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(RefreshOperation.class);
		return org.eclipse.core.runtime.Platform.getStateLocation(bundle).toPath().resolve("refresh");
	}

	/** Limits against archive bombs (default {@link ExtractionLimits#DEFAULTS}). */
	public RefreshOperation limits(ExtractionLimits extractionLimits) {
		this.limits = extractionLimits;
		return this;
	}

	/**
	 * Scans the export, matches its workspaces to the projects by assignment and student, extracts those to a
	 * temporary folder and decides each file. Writes nothing to any project.
	 *
	 * @param temporaryRoot where to make the plan's temporary folder (on the workspace's disk, so that moves are cheap)
	 * @throws InterruptedException cancelled; nothing is left behind
	 */
	public RefreshPlan plan(Path temporaryRoot, IProgressMonitor monitor)
			throws IOException, CoreException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(ReviewText.Refresh_planning, archive.getFileName()), 100);
		WorkspaceScan scan;
		try {
			scan = new ScanWorkspacesOperation(archive).limits(limits).run(progress.split(15));
		} catch (OperationCanceledException e) {
			throw new InterruptedException(ReviewText.Refresh_cancelled);
		}
		Map<IProject, DiscoveredWorkspace> matched = new LinkedHashMap<>();
		List<IProject> notInExport = new ArrayList<>();
		match(scan.workspaces(), matched, notInExport);
		List<DiscoveredWorkspace> newStudents = newStudents(scan.workspaces(), matched);

		Files.createDirectories(temporaryRoot);
		Path temporary = Files.createTempDirectory(temporaryRoot, "refresh-");
		boolean planned = false;
		try {
			Map<WorkspaceRoot, Path> targets = new LinkedHashMap<>();
			int index = 0;
			for (DiscoveredWorkspace each : matched.values()) {
				targets.put(each.root(), temporary.resolve(String.valueOf(index++)));
			}
			if (!targets.isEmpty()) {
				try (WorkspaceArchive opened = WorkspaceArchive.open(archive, limits)) {
					opened.extract(targets, progress.split(45));
				}
			}
			progress.setWorkRemaining(Math.max(1, matched.size()));
			List<ProjectRefresh> refreshes = new ArrayList<>();
			for (Map.Entry<IProject, DiscoveredWorkspace> each : matched.entrySet()) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				Path incoming = targets.get(each.getValue().root());
				progress.subTask(each.getKey().getName());
				refreshes.add(decide(each.getKey(), each.getValue(), incoming, temporary));
				progress.worked(1);
			}
			planned = true;
			return new RefreshPlan(archive, refreshes, newStudents, notInExport, temporary);
		} catch (OperationCanceledException e) {
			throw new InterruptedException(ReviewText.Refresh_cancelled);
		} finally {
			if (!planned) {
				TemporaryFolders.delete(temporary);
			}
		}
	}

	/**
	 * Writes each project of the plan whose conflicts are all decided; a project with undecided conflicts is left
	 * exactly as it was. Cancelling stops before the next project: each project is refreshed wholly or not at all.
	 */
	public List<RefreshOutcome> apply(RefreshPlan plan, IProgressMonitor monitor) throws CoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, ReviewText.Refresh_applying, plan.projects().size());
		List<RefreshOutcome> outcomes = new ArrayList<>();
		for (ProjectRefresh refresh : plan.projects()) {
			if (progress.isCanceled()) {
				outcomes.add(new RefreshOutcome(refresh.project(), RefreshOutcome.Status.CANCELLED, 0, 0));
				continue;
			}
			progress.subTask(refresh.project().getName());
			outcomes.add(apply(refresh, plan.temporary().resolve("backup"), progress.split(1)));
		}
		return outcomes;
	}

	private RefreshOutcome apply(ProjectRefresh refresh, Path backups, IProgressMonitor monitor)
			throws CoreException, IOException {
		int unresolved = refresh.unresolved().size();
		if (unresolved > 0) {
			return new RefreshOutcome(refresh.project(), RefreshOutcome.Status.CONFLICTS, 0, unresolved);
		}
		IProject project = refresh.project();
		List<Undo> done = new ArrayList<>();
		try {
			Files.createDirectories(backups);
			workspace.run(operation -> {
				for (FileRefresh file : refresh.files()) {
					Content content = contentOf(refresh, file);
					if (content != null) {
						done.add(write(project.getFile(file.path()), content, file.incoming(),
								backups.resolve(String.valueOf(done.size()))));
					}
				}
			}, project, IWorkspace.AVOID_UPDATE, monitor);
			// the export is the new base: what the student had, whatever the instructor kept or merged
			ImportBase.record(project, refresh.incoming());
		} catch (CoreException | IOException | RuntimeException e) {
			undo(done);
			throw e;
		} finally {
			TemporaryFolders.delete(backups);
		}
		return new RefreshOutcome(project, done.isEmpty() ? RefreshOutcome.Status.UNCHANGED
				: RefreshOutcome.Status.UPDATED, done.size(), 0);
	}

	/**
	 * A file's new content: read from a file (streamed, however large) or held in memory (a merge, a user's
	 * choice); neither means the file is deleted.
	 */
	private record Content(Path file, byte[] bytes) {

		static final Content DELETED = new Content(null, null);

		boolean deletes() {
			return file == null && bytes == null;
		}

		InputStream open() throws IOException {
			return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
		}
	}

	/** What the project's file becomes, or null to leave it. */
	private static Content contentOf(ProjectRefresh refresh, FileRefresh file) {
		switch (file.action()) {
		case ADD, UPDATE:
			return new Content(file.incoming(), null);
		case MERGE:
			return new Content(null, file.merged());
		case DELETE:
			return Content.DELETED;
		case CONFLICT:
			Optional<byte[]> chosen = refresh.resolutions().get(file.path());
			return chosen == null ? null : chosen.map(bytes -> new Content(null, bytes)).orElse(Content.DELETED);
		default:
			return null;
		}
	}

	/**
	 * How to put a file back as it was before a refresh wrote it.
	 *
	 * @param backup  a copy of what it held, null when it did not exist
	 * @param folders folders the write created, innermost first
	 */
	private record Undo(IFile file, Path backup, List<IFolder> folders) {
	}

	private static Undo write(IFile file, Content content, Path incoming, Path backup) throws CoreException {
		try {
			Path before = null;
			if (file.exists()) {
				before = Files.copy(file.getLocation().toPath(), backup);
			}
			List<IFolder> created = new ArrayList<>();
			if (!content.deletes()) {
				createParents(file.getParent(), created);
			}
			Undo undo = new Undo(file, before, created);
			put(file, content.deletes() ? null : content);
			if (!content.deletes() && before == null && incoming != null && Files.isExecutable(incoming)) {
				ResourceAttributes attributes = file.getResourceAttributes();
				if (attributes != null) {
					attributes.setExecutable(true);
					file.setResourceAttributes(attributes);
				}
			}
			return undo;
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	/** Sets a file's content through the workspace (what it held goes to local history); null deletes it. */
	private static void put(IFile file, Content content) throws CoreException, IOException {
		int flags = IResource.FORCE | IResource.KEEP_HISTORY;
		if (content == null) {
			if (file.exists()) {
				file.delete(flags, null);
			}
			return;
		}
		try (InputStream in = content.open()) {
			if (file.exists()) {
				file.setContents(in, flags, null);
			} else {
				file.create(in, flags, null);
			}
		}
	}

	private static void createParents(IContainer container, List<IFolder> created) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent(), created);
			folder.create(IResource.FORCE, true, null);
			created.add(0, folder);
		}
	}

	private static void undo(List<Undo> done) {
		for (int i = done.size() - 1; i >= 0; i--) {
			Undo undo = done.get(i);
			try {
				put(undo.file(), undo.backup() == null ? null : new Content(undo.backup(), null));
				for (IFolder folder : undo.folders()) {
					if (folder.exists() && folder.members().length == 0) {
						folder.delete(IResource.FORCE, null);
					}
				}
			} catch (CoreException | IOException e) {
				org.eclipse.core.runtime.ILog.of(RefreshOperation.class).error(
						"Could not put back " + undo.file().getFullPath() + " after a failed refresh", e);
			}
		}
	}

	private void match(List<DiscoveredWorkspace> workspaces, Map<IProject, DiscoveredWorkspace> matched,
			List<IProject> notInExport) {
		Map<String, DiscoveredWorkspace> byKey = new LinkedHashMap<>();
		workspaces.forEach(each -> byKey.putIfAbsent(key(each.assignment(), each.student()), each));
		for (IProject project : projects) {
			Optional<ProjectOrigin> origin = ProjectOrigin.readFrom(project);
			DiscoveredWorkspace found = origin.map(o -> byKey.get(key(o.assignment(), o.student()))).orElse(null);
			if (found != null) {
				matched.put(project, found);
			} else {
				notInExport.add(project);
			}
		}
		// one student's workspace picked for one project: the user matched them
		if (matched.isEmpty() && projects.size() == 1 && workspaces.size() == 1
				&& ProjectOrigin.readFrom(projects.get(0)).isPresent()) {
			matched.put(projects.get(0), workspaces.get(0));
			notInExport.clear();
		}
	}

	/** Workspaces of the given projects' assignments that no project of the workspace was imported from. */
	private List<DiscoveredWorkspace> newStudents(List<DiscoveredWorkspace> workspaces,
			Map<IProject, DiscoveredWorkspace> matched) {
		Set<String> assignments = new HashSet<>();
		projects.forEach(project -> ProjectOrigin.readFrom(project)
				.ifPresent(origin -> assignments.add(normal(origin.assignment()))));
		Set<String> imported = new HashSet<>();
		for (IProject project : workspace.getRoot().getProjects()) {
			ProjectOrigin.readFrom(project).ifPresent(origin -> imported.add(key(origin.assignment(),
					origin.student())));
		}
		return workspaces.stream()
				.filter(each -> !matched.containsValue(each) && assignments.contains(normal(each.assignment()))
						&& !imported.contains(key(each.assignment(), each.student())))
				.toList();
	}

	private static String key(String assignment, String student) {
		return normal(assignment) + "\u0000" + normal(student);
	}

	private static String normal(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Decides each file of one project from its base, its files now and the export's. */
	private ProjectRefresh decide(IProject project, DiscoveredWorkspace student, Path incomingFolder, Path temporary)
			throws IOException, CoreException {
		CodioSettingsFile.moveAside(incomingFolder); // laid out as the project has it
		ProjectOrigin origin = ProjectOrigin.readFrom(project).orElseThrow();
		Path folder = project.getLocation().toPath();
		List<String> output = BuildOutput.folders(project);
		Map<String, Path> current = RelativePaths.files(folder, path -> isStudentFile(path, origin, output));
		Map<String, Path> incoming = RelativePaths.files(incomingFolder, path -> true);
		Optional<ImportBase> opened = ImportBase.read(project);
		try (ImportBase base = opened.orElse(null)) {
			Set<String> paths = new TreeSet<>(current.keySet());
			paths.addAll(incoming.keySet());
			if (base != null) {
				paths.addAll(base.entries().keySet());
			}
			Path baseCopies = temporary.resolve(incomingFolder.getFileName() + ".base");
			List<FileRefresh> files = new ArrayList<>();
			for (String path : paths) {
				FileRefresh decided = new FileDecision(path, base, current.get(path), incoming.get(path), baseCopies)
						.decide();
				if (decided != null) {
					files.add(decided);
				}
			}
			return new ProjectRefresh(project, student.student(), base != null, incomingFolder, files);
		}
	}

	/** Whether a project file is the student's: not Eclipse's metadata the import added, not build output. */
	private static boolean isStudentFile(String path, ProjectOrigin origin, List<String> output) {
		Set<String> own = origin.studentEclipseFiles();
		if ((path.equals(".project") || path.equals(".classpath")) && !own.contains(path)
				|| path.startsWith(".settings/") && !own.contains(".settings/")) {
			return false;
		}
		return output.stream().noneMatch(path::startsWith);
	}

}
