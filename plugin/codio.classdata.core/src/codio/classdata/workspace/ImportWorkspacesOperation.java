package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Imports planned student workspaces as projects: each workspace is extracted straight into a new folder of the
 * Eclipse workspace, then, in one workspace operation (so autobuild waits until the end), made a project, opened
 * (which reads its files once), configured for its stack ({@link ProjectSetup}) and marked with it
 * ({@link StackRecord}). From zips and folders, workspaces are extracted in batches while the projects of the
 * batch before are made ({@link ProjectMaker}); a tar stream is read once, then the projects are made.
 * <p>
 * Nothing existing is touched: a project or folder of a planned name stops the import before anything is written.
 * When extraction fails (a damaged or unsafe archive), a step fails, or the monitor is cancelled, every project
 * and folder this run created is deleted again, and nothing else.
 */
public final class ImportWorkspacesOperation {

	private static final int BATCHES = 8;

	private final Path input;
	private final List<PlannedProject> plan;
	private final IWorkspace workspace;
	private ExtractionLimits limits = ExtractionLimits.DEFAULTS;
	private String courseId = "";

	/**
	 * @param input the archive or folder that was scanned
	 * @param plan  the workspaces to import, from its {@link WorkspaceScan}
	 */
	public ImportWorkspacesOperation(Path input, List<PlannedProject> plan) {
		this.input = input;
		this.plan = List.copyOf(plan);
		this.workspace = ResourcesPlugin.getWorkspace();
	}

	/** Limits against archive bombs (default {@link ExtractionLimits#DEFAULTS}). */
	public ImportWorkspacesOperation limits(ExtractionLimits extractionLimits) {
		this.limits = extractionLimits;
		return this;
	}

	/**
	 * The Codio class the input was exported from, recorded on each project so that review tools can ask Codio
	 * about its students (default: not known).
	 */
	public ImportWorkspacesOperation course(String id) {
		this.courseId = id == null ? "" : id;
		return this;
	}

	/**
	 * @throws CoreException        when a planned name is taken or invalid, or a project cannot be created
	 * @throws IOException          when the input cannot be read or written out ({@link ArchiveException} names
	 *                              the archive and entry)
	 * @throws InterruptedException when the monitor is cancelled; everything created is gone again
	 */
	public ImportResult run(IProgressMonitor monitor) throws CoreException, IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, importTitle(), 100);
		checkPlan();
		Path workspaceFolder = workspace.getRoot().getLocation().toPath();
		List<Path> createdFolders = new ArrayList<>();
		List<IProject> createdProjects = Collections.synchronizedList(new ArrayList<>());
		boolean imported = false;
		try {
			Map<WorkspaceRoot, Path> targets = new LinkedHashMap<>();
			for (PlannedProject planned : plan) {
				Path folder = workspaceFolder.resolve(planned.projectName());
				Files.createDirectory(folder); // throws when it exists: an existing folder is never reused
				createdFolders.add(folder);
				targets.put(planned.workspace().root(), folder);
			}
			ImportResult result;
			JavaHeaders headers = new JavaHeaders();
			try (WorkspaceArchive archive = WorkspaceArchive.open(input, limits)) {
				archive.collectJavaHeaders(headers);
				result = canOverlap(archive)
						? extractWhileMaking(archive, targets, createdProjects, headers, monitor, progress)
						: extractThenMake(archive, targets, createdProjects, headers, progress);
			}
			imported = true;
			return result;
		} catch (OperationCanceledException e) {
			throw new InterruptedException("Import cancelled");
		} finally {
			if (!imported) {
				rollBack(createdProjects, createdFolders);
			}
		}
	}

	/** One pass over a stream-only archive (tar), then every project. */
	private ImportResult extractThenMake(WorkspaceArchive archive, Map<WorkspaceRoot, Path> targets,
			List<IProject> createdProjects, JavaHeaders headers, SubMonitor progress) throws CoreException,
			IOException, InterruptedException {
		ExtractionReport report = archive.extract(targets, progress.split(70));
		List<ImportedProject> projects = createProjects(createdProjects, headers, progress.split(30));
		return new ImportResult(projects, report.problems(), report.bytesWritten());
	}

	/**
	 * Zips and folders are read at random, so workspaces are extracted in batches and each batch's projects are
	 * made ({@link ProjectMaker}) while the next batch extracts.
	 */
	private ImportResult extractWhileMaking(WorkspaceArchive archive, Map<WorkspaceRoot, Path> targets,
			List<IProject> createdProjects, JavaHeaders headers, IProgressMonitor rootMonitor, SubMonitor progress)
			throws CoreException, IOException, InterruptedException {
		List<List<PlannedProject>> batches = batches();
		progress.setWorkRemaining(batches.size() + 1);
		List<ImportedProject> projects = Collections.synchronizedList(new ArrayList<>());
		List<ArchiveProblem> problems = new ArrayList<>();
		long bytes = 0;
		ProjectMaker maker = new ProjectMaker(workspace, new ProjectSetup(headers), courseId, rootMonitor, createdProjects,
				projects);
		boolean made = false;
		try {
			for (List<PlannedProject> batch : batches) {
				Map<WorkspaceRoot, Path> batchTargets = new LinkedHashMap<>();
				batch.forEach(planned -> batchTargets.put(planned.workspace().root(),
						targets.get(planned.workspace().root())));
				ExtractionReport report = archive.extract(batchTargets, progress.split(1));
				problems.addAll(report.problems());
				bytes += report.bytesWritten();
				maker.add(batch);
			}
			progress.split(1).subTask(WorkspaceText.ImportWorkspacesOperation_configuring);
			maker.finish();
			made = true;
		} finally {
			if (!made) {
				maker.abandon();
			}
		}
		List<ImportedProject> inPlanOrder = new ArrayList<>(projects);
		inPlanOrder.sort(java.util.Comparator.comparingInt(p -> plan.indexOf(plannedOf(p))));
		return new ImportResult(inPlanOrder, problems, bytes);
	}

	private PlannedProject plannedOf(ImportedProject project) {
		return plan.stream().filter(p -> p.projectName().equals(project.project().getName())).findFirst()
				.orElseThrow();
	}

	/** Whether extraction and project set-up can run side by side (not when the caller holds a rule: deadlock). */
	private boolean canOverlap(WorkspaceArchive archive) {
		return plan.size() > 1 && Job.getJobManager().currentRule() == null
				&& (archive.format() == ArchiveFormat.ZIP || archive.format() == ArchiveFormat.FOLDER);
	}

	/** About eight batches: small enough to overlap well, big enough that re-reading the zip index is cheap. */
	/**
	 * About {@value #BATCHES} batches, but a small first one, so that making projects starts soon, and halving ones
	 * at the end, so that few projects are left to make once the last files are out (making them is what the
	 * import waits for after extraction).
	 */
	private List<List<PlannedProject>> batches() {
		int size = Math.max(1, (plan.size() + BATCHES - 1) / BATCHES);
		List<List<PlannedProject>> batches = new ArrayList<>();
		int start = 0;
		while (start < plan.size()) {
			int remaining = plan.size() - start;
			int next = batches.isEmpty() ? Math.max(1, size / 4) : Math.min(size, Math.max(1, remaining / 2));
			batches.add(plan.subList(start, start + Math.min(next, remaining)));
			start += Math.min(next, remaining);
		}
		return batches;
	}

	private String importTitle() {
		return plan.size() == 1
				? NLS.bind(WorkspaceText.ImportWorkspacesOperation_importingOne, plan.get(0).projectName())
				: NLS.bind(WorkspaceText.ImportWorkspacesOperation_importingMany, plan.size());
	}

	/** Refuses, before anything is written, names that are invalid, repeated or taken and workspaces planned twice. */
	private void checkPlan() throws CoreException {
		IWorkspaceRoot root = workspace.getRoot();
		Path workspaceFolder = root.getLocation().toPath();
		Set<String> names = new HashSet<>();
		Set<WorkspaceRoot> roots = new HashSet<>();
		for (PlannedProject planned : plan) {
			String name = planned.projectName();
			IStatus valid = workspace.validateName(name, IResource.PROJECT);
			if (!valid.isOK()) {
				throw new CoreException(
						error(NLS.bind(WorkspaceText.ImportWorkspacesOperation_invalidName, name, valid.getMessage())));
			}
			if (!names.add(ProjectNameTemplate.key(name))) {
				throw new CoreException(error(NLS.bind(WorkspaceText.ImportWorkspacesOperation_sameName, name)));
			}
			if (!roots.add(planned.workspace().root())) {
				throw new CoreException(error(NLS.bind(WorkspaceText.ImportWorkspacesOperation_plannedTwice,
						planned.workspace().displayName())));
			}
			if (root.getProject(name).exists() || existsIgnoringCase(root, name)) {
				throw new CoreException(error(NLS.bind(WorkspaceText.ImportWorkspacesOperation_projectExists, name)));
			}
			if (Files.exists(workspaceFolder.resolve(name))) {
				throw new CoreException(error(NLS.bind(WorkspaceText.ImportWorkspacesOperation_folderTaken, name)));
			}
		}
	}

	private static boolean existsIgnoringCase(IWorkspaceRoot root, String name) {
		String key = ProjectNameTemplate.key(name);
		for (IProject project : root.getProjects()) {
			if (ProjectNameTemplate.key(project.getName()).equals(key)) {
				return true;
			}
		}
		return false;
	}

	private List<ImportedProject> createProjects(List<IProject> created, JavaHeaders headers, SubMonitor monitor)
			throws CoreException {
		List<ImportedProject> projects = new ArrayList<>();
		ProjectSetup setup = new ProjectSetup(headers);
		workspace.run(runMonitor -> {
			SubMonitor progress = SubMonitor.convert(runMonitor, plan.size() * 4);
			for (PlannedProject planned : plan) {
				progress.subTask(planned.projectName());
				projects.add(ProjectMaker.make(workspace, planned, setup, courseId, created,
						progress.split(4)));
			}
		}, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return projects;
	}

	/** Deletes what this run created; never lets a failure here hide the one that caused it. */
	private static void rollBack(List<IProject> projects, List<Path> folders) {
		for (IProject project : projects) {
			try {
				project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
			} catch (CoreException e) {
				log("Could not remove project " + project.getName() + " after a failed import", e);
			}
		}
		for (Path folder : folders) {
			try {
				deleteTree(folder);
			} catch (IOException e) {
				log("Could not remove " + folder + " after a failed import", e);
			}
		}
	}

	/** Deletes a folder this run created, links as links (never what they point to). */
	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.deleteIfExists(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
				if (e instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw e;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				Files.deleteIfExists(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static IStatus error(String message) {
		return Status.error(message);
	}

	private static void log(String message, Exception e) {
		org.eclipse.core.runtime.ILog.of(ImportWorkspacesOperation.class).error(message, e);
	}
}
