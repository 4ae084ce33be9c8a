package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.export.DownloadOperation;
import codio.classdata.export.DownloadResult;
import codio.classdata.export.ExportHistory;
import codio.classdata.export.FileNames;

/** {@code download URL --dir DIR [--name NAME] [--keep-partial]}: resumable, atomic, as in the IDE. */
final class DownloadCommand implements Command {

	@Override
	public ExitCode run(CommandContext context)
			throws UsageException, CodioApiException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("download", context.arguments());
		Path folder = Path.of(arguments.option("--dir").orElseThrow(
				() -> new UsageException("download needs --dir DIR, the folder to save into.")));
		String name = arguments.option("--name").orElse(null);
		boolean keepPartial = arguments.flag("--keep-partial");
		String url = arguments.positional("the URL of an export link");
		arguments.done();

		DownloadOperation download;
		try {
			download = new DownloadOperation(url, folder).fileName(name).keepPartialFile(keepPartial);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		ConsoleProgressMonitor progress = context.progress();
		DownloadResult result = download.run(progress);
		progress.done();
		ExportHistory.ofWorkspace().recordDownloaded(url, result.file(), result.bytes());
		if (context.options().json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", result.file().toString());
			json.put("bytes", result.bytes());
			json.put("resumedFrom", result.resumedFrom());
			json.put("resumes", result.resumes());
			json.put("seconds", result.elapsed().toMillis() / 1000.0);
			context.out().println(context.json().toJson(json));
		} else {
			context.out().println(result.file());
			context.note(String.format(Locale.ROOT, "Saved %,d bytes at %.1f MB/s%s", result.bytes(),
					result.megabytesPerSecond(),
					resumeNote(result)));
		}
		return ExitCode.OK;
	}

	private static String resumeNote(DownloadResult result) {
		String from = result.resumedFrom() > 0
				? String.format(Locale.ROOT, "resumed from %,d bytes of an earlier run", result.resumedFrom())
				: "";
		String dropped = result.resumes() == 0 ? ""
				: result.resumes() == 1 ? "the connection dropped once and was resumed"
						: "the connection dropped " + result.resumes() + " times and was resumed";
		String both = from.isEmpty() || dropped.isEmpty() ? from + dropped : from + "; " + dropped;
		return both.isEmpty() ? "" : " (" + both + ")";
	}

	/** {@code <class name> - <export label>.<ext>} when the link's own name says nothing useful. */
	static String defaultName(Course course, ExportKind kind, String url) {
		return FileNames.forExport(course.name(), kind, url);
	}
}
