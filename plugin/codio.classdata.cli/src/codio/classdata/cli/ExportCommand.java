package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.security.storage.StorageException;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportStatus;
import codio.classdata.api.ExportTask;
import codio.classdata.export.DownloadOperation;
import codio.classdata.export.DownloadResult;
import codio.classdata.export.ExportHistory;
import codio.classdata.export.ExportOperation;

/**
 * {@code export CLASS [--kind K] [--assignments ID,…] [--wait] [--download DIR]}: starts an export; with --wait
 * waits for its link, with --download also saves the file.
 */
final class ExportCommand implements Command {

	@Override
	public ExitCode run(CommandContext context)
			throws UsageException, CodioApiException, StorageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("export", context.arguments());
		ExportKind kind = kind(arguments.option("--kind").orElse(ExportKind.WORKDATA.path()));
		List<String> assignments = arguments.option("--assignments").map(ids -> Arrays.asList(ids.split(",")))
				.orElse(List.of());
		boolean wait = arguments.flag("--wait");
		Path downloadFolder = arguments.option("--download").map(Path::of).orElse(null);
		String courseName = arguments.positional("a CLASS (id or exact name)");
		arguments.done();

		Course course = context.course(courseName);
		ExportHistory history = ExportHistory.ofWorkspace();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("classId", course.id());
		result.put("kind", kind.path());
		if (!wait && downloadFolder == null) {
			ExportTask task = kind == ExportKind.ASSESSMENTS
					? context.client().startAssessmentsExport(course.id(), assignments, null)
					: context.client().startExport(course.id(), kind, null);
			history.recordStarted(course.id(), kind, task.taskId(), Instant.now());
			result.put("taskId", task.taskId());
			print(context, result, task.taskId());
			context.note("Started the " + kind.label() + " export of " + course.name() + "; see it with: exports "
					+ course.id());
			return ExitCode.OK;
		}
		ConsoleProgressMonitor progress = context.progress();
		ExportOperation export = new ExportOperation(context.client(), history, course.id(), kind)
				.assignments(assignments);
		ExportStatus status = export.run(progress);
		progress.done();
		result.put("taskId", status.taskId());
		result.put("url", status.url());
		if (downloadFolder == null) {
			print(context, result, status.url());
			return ExitCode.OK;
		}
		DownloadResult download = new DownloadOperation(status.url(), downloadFolder)
				.fileName(DownloadCommand.defaultName(course, kind, status.url())).run(progress);
		progress.done();
		history.recordDownloaded(status.url(), download.file(), download.bytes());
		result.put("file", download.file().toString());
		result.put("bytes", download.bytes());
		print(context, result, download.file().toString());
		return ExitCode.OK;
	}

	private static void print(CommandContext context, Map<String, Object> result, String plain) {
		context.out().println(context.options().json() ? context.json().toJson(result) : plain);
	}

	static ExportKind kind(String name) throws UsageException {
		try {
			return ExportKind.fromPath(name);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	static String kinds() {
		return String.join("|", Arrays.stream(ExportKind.values()).map(ExportKind::path).toList());
	}
}
