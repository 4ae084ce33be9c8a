package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.api.CodioApiException;
import codio.classdata.workspace.CodioStack;
import codio.classdata.workspace.DefaultPlan;
import codio.classdata.workspace.DiscoveredWorkspace;
import codio.classdata.workspace.FileNameParts;
import codio.classdata.workspace.ImportResult;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.ImportedProject;
import codio.classdata.workspace.PlannedProject;
import codio.classdata.workspace.ProjectNameTemplate;
import codio.classdata.workspace.ScanWorkspacesOperation;
import codio.classdata.workspace.StackCatalogue;
import codio.classdata.workspace.WorkingSetRequests;
import codio.classdata.workspace.WorkspaceScan;

/**
 * {@code import ARCHIVE|DIR [--stack ID|auto] [--name-template T] [--select GLOB] [--working-set NAME] [--build]}: the wizard's import
 * without the wizard — same discovery, stacks, safety and rollback — printing one line per project created.
 */
final class ImportCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, CodioApiException, StorageException,
			IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("import", context.arguments());
		String stackOption = arguments.option("--stack").orElse("auto");
		ProjectNameTemplate template = new ProjectNameTemplate(arguments.option("--name-template").orElse(null));
		Optional<Pattern> select = arguments.option("--select").map(ImportCommand::glob);
		boolean build = arguments.flag("--build");
		Optional<String> workingSet = arguments.option("--working-set").map(String::strip);
		if (workingSet.isPresent() && workingSet.get().isEmpty()) {
			throw new UsageException("import: --working-set needs a name.");
		}
		Path input = Path.of(arguments.positional("an archive or folder to import"));
		arguments.done();
		if (!template.unknownPlaceholder().isEmpty()) {
			throw new UsageException("import: unknown placeholder " + template.unknownPlaceholder()
					+ " in --name-template; use {assignment}, {student} or {class}.");
		}
		if (!Files.exists(input)) {
			throw new IllegalArgumentException(input + " does not exist.");
		}
		Optional<CodioStack> stack = stackOption.equals("auto") ? Optional.empty()
				: Optional.of(stack(context, stackOption));

		ConsoleProgressMonitor progress = context.progress();
		WorkspaceScan scan = new ScanWorkspacesOperation(input).run(progress);
		List<DiscoveredWorkspace> chosen = scan.workspaces().stream()
				.filter(w -> select.map(pattern -> pattern.matcher(selectionPath(w)).matches()).orElse(true))
				.toList();
		if (scan.workspaces().isEmpty()) {
			throw new IllegalArgumentException(scan.noWorkspaceMessage());
		}
		if (chosen.isEmpty()) {
			throw new UsageException("import: --select matches none of the " + scan.workspaces().size()
					+ " workspaces in " + input.getFileName() + ".");
		}
		List<PlannedProject> plan = plan(chosen, template, stack, input);
		ImportResult result;
		try {
			result = new ImportWorkspacesOperation(input, plan).run(progress);
		} catch (CoreException e) {
			throw new IllegalArgumentException(e.getStatus().getMessage(), e);
		}
		progress.done();
		Map<IProject, int[]> problems = build ? build(result, context) : Map.of();
		if (workingSet.isPresent()) {
			requestWorkingSet(workingSet.get(), result);
		}
		saveWorkspace();
		print(context, result, problems, input);
		workingSet.ifPresent(name -> context.note("The projects join the working set '" + name
				+ "' when Eclipse next opens this workspace (working sets belong to the IDE)."));
		result.problems().forEach(problem -> context.note("skipped " + problem));
		boolean errors = problems.values().stream().anyMatch(counts -> counts[0] > 0);
		return errors ? ExitCode.PARTLY_FAILED : ExitCode.OK;
	}

	private static List<PlannedProject> plan(List<DiscoveredWorkspace> chosen, ProjectNameTemplate template,
			Optional<CodioStack> stack, Path input) {
		String className = FileNameParts.withoutArchiveExtension(String.valueOf(input.getFileName()));
		return DefaultPlan.of(chosen, className, ResourcesPlugin.getWorkspace().getRoot(), template, stack);
	}

	/** A certified stack id, or another id looked up on Codio when credentials are at hand. */
	private static CodioStack stack(CommandContext context, String id) throws UsageException, StorageException {
		StackCatalogue catalogue = StackCatalogue.certified();
		Optional<CodioStack> known = catalogue.byId(id);
		if (known.isPresent()) {
			return known.get();
		}
		try {
			return catalogue.resolve(context.client().stack(id, null));
		} catch (CodioApiException | UsageException e) {
			return catalogue.parseUserEntry(id).orElseThrow(() -> new UsageException("import: --stack " + id
					+ " is neither a certified stack (" + String.join(", ",
							catalogue.stacks().stream().map(CodioStack::id).toList())
					+ ") nor a stack id Codio knows: " + e.getMessage()));
		}
	}

	/** What --select matches: {@code ASSIGNMENT/STUDENT}, or the one name a lone workspace has. */
	static String selectionPath(DiscoveredWorkspace workspace) {
		if (workspace.student().isEmpty()) {
			return workspace.assignment();
		}
		return workspace.assignment().isEmpty() ? workspace.student()
				: workspace.assignment() + "/" + workspace.student();
	}

	/** A glob ({@code *} within a name, {@code **} across, {@code ?} one character), case-insensitive. */
	static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < glob.length(); i++) {
			char c = glob.charAt(i);
			if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
				regex.append(".*");
				i++;
			} else if (c == '*') {
				regex.append("[^/]*");
			} else if (c == '?') {
				regex.append("[^/]");
			} else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** Working sets live in the workbench, which does not run here: the IDE adds the projects when it opens. */
	private static void requestWorkingSet(String name, ImportResult result) throws IOException {
		try {
			WorkingSetRequests.add(name,
					result.projects().stream().map(imported -> imported.project().getName()).toList());
		} catch (BackingStoreException e) {
			throw new IOException("The projects were created, but the working set request could not be saved: "
					+ e.getMessage(), e);
		}
	}

	/** Saves the workspace, so an IDE opened on it later finds the projects without recovering them. */
	static void saveWorkspace() throws IOException {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			throw new IOException("The projects were created, but the workspace could not be saved: "
					+ e.getStatus().getMessage(), e);
		}
	}

	/** A full build of the new projects; their error and warning counts. */
	private static Map<IProject, int[]> build(ImportResult result, CommandContext context)
			throws InterruptedException, IOException {
		Map<IProject, int[]> counts = new LinkedHashMap<>();
		try {
			for (ImportedProject imported : result.projects()) {
				imported.project().build(IncrementalProjectBuilder.FULL_BUILD, null);
			}
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			for (ImportedProject imported : result.projects()) {
				int errors = 0;
				int warnings = 0;
				for (IMarker marker : imported.project().findMarkers(IMarker.PROBLEM, true,
						IResource.DEPTH_INFINITE)) {
					int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
					errors += severity == IMarker.SEVERITY_ERROR ? 1 : 0;
					warnings += severity == IMarker.SEVERITY_WARNING ? 1 : 0;
				}
				counts.put(imported.project(), new int[] { errors, warnings });
			}
		} catch (CoreException e) {
			throw new IOException("Building the imported projects failed: " + e.getStatus().getMessage(), e);
		}
		return counts;
	}

	private static void print(CommandContext context, ImportResult result, Map<IProject, int[]> problems,
			Path input) {
		if (context.options().json()) {
			List<Map<String, Object>> projects = new ArrayList<>();
			for (ImportedProject imported : result.projects()) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("project", imported.project().getName());
				json.put("location", String.valueOf(imported.project().getLocation()));
				json.put("student", imported.workspace().student());
				json.put("assignment", imported.workspace().assignment());
				json.put("stack", imported.stack().id());
				json.put("stackName", imported.stack().toString());
				json.put("files", imported.workspace().fileCount());
				int[] counts = problems.get(imported.project());
				if (counts != null) {
					json.put("errors", counts[0]);
					json.put("warnings", counts[1]);
				}
				projects.add(json);
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("projects", projects);
			json.put("skipped", result.problems().stream().map(Object::toString).toList());
			context.out().println(context.json().toJson(json));
			return;
		}
		for (ImportedProject imported : result.projects()) {
			int[] counts = problems.get(imported.project());
			String built = counts == null ? ""
					: String.format(Locale.ROOT, "\t%d errors\t%d warnings", counts[0], counts[1]);
			context.out().println(imported.project().getName() + "\t" + imported.stack() + "\t"
					+ imported.workspace().fileCount() + " files" + built);
		}
		context.note(result.projects().size() + " projects imported from " + input.getFileName());
	}
}
