package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.security.storage.StorageException;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;
import codio.classdata.api.ExportKind;
import codio.classdata.export.BackupOperation;
import codio.classdata.export.BackupOutcome;
import codio.classdata.export.BackupSummary;
import codio.classdata.export.ExportHistory;

/**
 * {@code backup-all --dir DIR [--archived] [--kind K]}: exports every class and saves the files into one folder;
 * a second run into the same folder skips what is saved and retries the rest. Exit code 0 only when every class
 * is in the folder, else 1.
 */
final class BackupAllCommand implements Command {

	@Override
	public ExitCode run(CommandContext context)
			throws UsageException, CodioApiException, StorageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("backup-all", context.arguments());
		Path folder = Path.of(arguments.option("--dir").orElseThrow(
				() -> new UsageException("backup-all needs --dir DIR, the folder to save the classes into.")));
		boolean archived = arguments.flag("--archived");
		ExportKind kind = ExportCommand.kind(arguments.option("--kind").orElse(ExportKind.WORKDATA.path()));
		arguments.done();

		List<Course> courses = context.client().listCourses(archived ? CourseFilter.ALL : CourseFilter.ACTIVE);
		ConsoleProgressMonitor progress = context.progress();
		BackupSummary summary = new BackupOperation(context.client(), ExportHistory.ofWorkspace(), courses, folder)
				.kind(kind).run(progress);
		progress.done();
		if (context.options().json()) {
			context.out().println(context.json().toJson(json(summary)));
		} else {
			print(context, summary);
		}
		context.note(note(summary));
		return summary.allSucceeded() ? ExitCode.OK : ExitCode.PARTLY_FAILED;
	}

	private static Map<String, Object> json(BackupSummary summary) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (BackupOutcome outcome : summary.outcomes()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", outcome.courseId());
			row.put("name", outcome.courseName());
			row.put("status", outcome.status().label());
			row.put("file", outcome.file() == null ? null : outcome.file().toString());
			row.put("bytes", outcome.bytes());
			row.put("error", outcome.error());
			rows.add(row);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("folder", summary.folder().toAbsolutePath().toString());
		result.put("kind", summary.kind().path());
		result.put("allSucceeded", summary.allSucceeded());
		result.put("classes", rows);
		return result;
	}

	/** CLASS, STATUS and the file's name (all are in the one folder) or why it failed. */
	private static void print(CommandContext context, BackupSummary summary) {
		int nameWidth = "CLASS".length();
		for (BackupOutcome outcome : summary.outcomes()) {
			nameWidth = Math.max(nameWidth, outcome.courseName().length());
		}
		String format = "%-" + nameWidth + "s  %-7s  %s%n";
		context.out().printf(format, "CLASS", "STATUS", "FILE/ERROR");
		for (BackupOutcome outcome : summary.outcomes()) {
			context.out().printf(format, outcome.courseName(), outcome.status().label(),
					outcome.succeeded() ? outcome.file().getFileName() : outcome.error());
		}
	}

	private static String note(BackupSummary summary) {
		if (summary.outcomes().isEmpty()) {
			return "No classes to back up.";
		}
		String counts = summary.count(BackupOutcome.Status.SAVED) + " saved, "
				+ summary.count(BackupOutcome.Status.SKIPPED) + " already there, "
				+ summary.count(BackupOutcome.Status.FAILED) + " failed";
		String where = " in " + summary.folder().toAbsolutePath();
		return summary.allSucceeded() ? "Backed up " + summary.outcomes().size()
				+ (summary.outcomes().size() == 1 ? " class (" : " classes (") + counts + ")" + where
				: counts + where + ". Run the same backup-all again to retry the failed classes; the saved ones are "
						+ "skipped and interrupted downloads continue.";
	}
}
