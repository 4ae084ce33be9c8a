package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import codio.classdata.review.FileRefresh;
import codio.classdata.review.ProjectRefresh;
import codio.classdata.review.RefreshOperation;
import codio.classdata.review.RefreshOutcome;
import codio.classdata.review.RefreshPlan;
import codio.classdata.workspace.DefaultPlan;
import codio.classdata.workspace.DiscoveredWorkspace;
import codio.classdata.workspace.FileNameParts;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.ImportedProject;
import codio.classdata.workspace.ProjectOrigin;

/**
 * {@code refresh ARCHIVE [--select GLOB] [--keep-mine|--take-students] [--import-new]}: brings the students' newer
 * work of a newer export into the imported projects, keeping the instructor's edits ({@link RefreshOperation}). A
 * project with conflicts is left as it was (exit 1), unless they are all decided one way: the IDE's Refresh from
 * Export lets the user decide each in a three-way compare.
 */
final class RefreshCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("refresh", context.arguments());
		Optional<Pattern> select = arguments.option("--select").map(ImportCommand::glob);
		boolean keepMine = arguments.flag("--keep-mine");
		boolean takeStudents = arguments.flag("--take-students");
		boolean importNew = arguments.flag("--import-new");
		Path archive = Path.of(arguments.positional("the newer export to refresh from"));
		arguments.done();
		if (keepMine && takeStudents) {
			throw new UsageException("refresh: --keep-mine and --take-students decide conflicts in opposite ways; "
					+ "give one.");
		}
		if (!Files.exists(archive)) {
			throw new IllegalArgumentException(archive + " does not exist.");
		}
		List<IProject> projects = projects(select);
		if (projects.isEmpty()) {
			throw new IllegalArgumentException(select.isPresent()
					? "--select matches none of the workspace's imported projects."
					: "The workspace has no project that codio-classdata import (or the IDE's import) made.");
		}
		ConsoleProgressMonitor progress = context.progress();
		RefreshOperation operation = new RefreshOperation(archive, projects);
		try (RefreshPlan plan = operation.plan(RefreshOperation.workspaceTemporaryRoot(), progress)) {
			if (keepMine || takeStudents) {
				decideConflicts(plan, keepMine);
			}
			List<RefreshOutcome> outcomes = operation.apply(plan, progress);
			List<ImportedProject> imported = importNew && !plan.newStudents().isEmpty()
					? importNewStudents(plan, projects, progress)
					: List.of();
			progress.done();
			ImportCommand.saveWorkspace();
			print(context, plan, outcomes, imported);
			return plan.unresolvedConflicts() > 0 ? ExitCode.PARTLY_FAILED : ExitCode.OK;
		} catch (CoreException e) {
			throw new IllegalArgumentException(e.getStatus().getMessage(), e);
		}
	}

	/** Settles every conflict one way: the project's file as it is, or the student's newer version. */
	private static void decideConflicts(RefreshPlan plan, boolean keepMine) throws IOException {
		for (ProjectRefresh refresh : plan.projects()) {
			for (FileRefresh conflict : refresh.conflicts()) {
				Path side = keepMine ? refresh.project().getLocation().toPath().resolve(conflict.path())
						: conflict.incoming();
				refresh.resolve(conflict.path(), side != null && Files.isRegularFile(side)
						? Files.readAllBytes(side)
						: null);
			}
		}
	}

	/** The export's new students as projects, named and set up as the import wizard's defaults do. */
	private static List<ImportedProject> importNewStudents(RefreshPlan plan, List<IProject> projects,
			ConsoleProgressMonitor progress) throws CoreException, IOException, InterruptedException {
		String className = FileNameParts.withoutArchiveExtension(String.valueOf(plan.archive().getFileName()));
		List<String> classIds = projects.stream().map(project -> ProjectOrigin.readFrom(project)
				.map(ProjectOrigin::courseId).orElse("")).distinct().toList();
		return new ImportWorkspacesOperation(plan.archive(), DefaultPlan.of(plan.newStudents(), className,
				ResourcesPlugin.getWorkspace().getRoot())).course(classIds.size() == 1 ? classIds.get(0) : "")
				.run(progress).projects();
	}

	/** The imported projects whose name or ASSIGNMENT/STUDENT the glob matches (all without one). */
	private static List<IProject> projects(Optional<Pattern> select) {
		List<IProject> projects = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			Optional<ProjectOrigin> origin = ProjectOrigin.readFrom(project);
			if (origin.isPresent() && select.map(glob -> glob.matcher(project.getName()).matches()
					|| glob.matcher(origin.get().assignment() + "/" + origin.get().student()).matches())
					.orElse(true)) {
				projects.add(project);
			}
		}
		return projects;
	}

	private static void print(CommandContext context, RefreshPlan plan, List<RefreshOutcome> outcomes,
			List<ImportedProject> imported) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			rows.add(row(plan.projects().get(i), outcomes.get(i)));
		}
		for (IProject project : plan.notInExport()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("project", project.getName());
			row.put("status", "not-in-export");
			rows.add(row);
		}
		for (DiscoveredWorkspace student : plan.newStudents()) {
			Map<String, Object> row = new LinkedHashMap<>();
			Optional<ImportedProject> made = imported.stream().filter(each -> each.workspace().equals(student))
					.findFirst();
			row.put("project", made.map(each -> each.project().getName()).orElse(null));
			row.put("status", made.isPresent() ? "imported" : "new");
			row.put("student", ImportCommand.selectionPath(student));
			rows.add(row);
		}
		if (context.options().json()) {
			context.out().println(context.json().toJson(rows));
		} else {
			rows.forEach(row -> context.out().println(line(row)));
		}
		if (plan.newStudents().size() > imported.size()) {
			context.note(plan.newStudents().size() + " student(s) of the export have no project yet: import them with"
					+ " codio-classdata import " + plan.archive() + " --select 'ASSIGNMENT/STUDENT'.");
		}
		if (plan.unresolvedConflicts() > 0) {
			context.note("Projects with conflicts were left as they were: both the student and you changed the same"
					+ " lines. Decide them in the IDE (Codio > Refresh from Export...), or all one way with --keep-mine"
					+ " or --take-students.");
		}
	}

	private static Map<String, Object> row(ProjectRefresh refresh, RefreshOutcome outcome) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("project", refresh.project().getName());
		row.put("status", switch (outcome.status()) {
		case UPDATED -> "updated";
		case UNCHANGED -> "unchanged";
		case CONFLICTS -> "conflicts";
		case CANCELLED -> "cancelled";
		});
		row.put("studentFiles", refresh.studentFiles());
		row.put("linesAdded", refresh.studentLinesAdded());
		row.put("linesRemoved", refresh.studentLinesRemoved());
		row.put("filesWritten", outcome.files());
		row.put("conflicts", refresh.unresolved().stream().map(FileRefresh::path).toList());
		return row;
	}

	/** One line: the project, its status (with the count of conflicts), then what the student changed. */
	private static String line(Map<String, Object> row) {
		String status = (String) row.get("status");
		if (status.equals("new")) {
			return row.get("student") + "\tnew";
		}
		if (status.equals("imported")) {
			return row.get("student") + "\timported as " + row.get("project");
		}
		if (status.equals("not-in-export")) {
			return row.get("project") + "\tnot in export";
		}
		@SuppressWarnings("unchecked")
		List<String> conflicts = (List<String>) row.get("conflicts");
		String shown = status.equals("conflicts") ? "conflicts " + conflicts.size() + " (" + String.join(", ",
				conflicts) + ")" : status;
		return row.get("project") + "\t" + shown + "\t" + row.get("studentFiles") + " files changed by the student (+"
				+ row.get("linesAdded") + " -" + row.get("linesRemoved") + " lines)";
	}
}
