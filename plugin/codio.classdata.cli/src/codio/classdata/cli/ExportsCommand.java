package codio.classdata.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.security.storage.StorageException;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportNotOfferedException;
import codio.classdata.export.ExportHistory;
import codio.classdata.export.ExportLink;
import codio.classdata.export.ExportLinkList;

/** {@code exports CLASS [--kind K]}: the class's active export links with status and expiry. */
final class ExportsCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, CodioApiException, StorageException {
		CommandArguments arguments = new CommandArguments("exports", context.arguments());
		String kindName = arguments.option("--kind").orElse(null);
		String courseName = arguments.positional("a CLASS (id or exact name)");
		arguments.done();
		List<ExportKind> kinds = kindName == null
				? Arrays.stream(ExportKind.values()).filter(kind -> kind != ExportKind.ASSESSMENTS).toList()
				: List.of(ExportCommand.kind(kindName));
		Course course = context.course(courseName);
		ExportLinkList list = ExportLinkList.load(context.client(), ExportHistory.ofWorkspace(), course.id(), kinds,
				Clock.systemUTC(), new ConsoleProgressMonitor(context.err(), false, true));
		if (context.options().json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (ExportLink link : list.links()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("kind", link.kind().path());
				row.put("taskId", link.taskId());
				row.put("status", link.status().label());
				row.put("started", link.startedAt().map(Instant::toString).orElse(null));
				row.put("expires", link.expiresAt().map(Instant::toString).orElse(null));
				row.put("url", link.url());
				row.put("error", link.error());
				row.put("downloadedTo", link.downloadedTo().orElse(null));
				row.put("size", link.size().orElse(null));
				rows.add(row);
			}
			context.out().println(context.json().toJson(rows));
		} else {
			String format = "%-10s  %-8s  %-16s  %-16s  %s%n";
			context.out().printf(format, "KIND", "STATUS", "STARTED", "EXPIRES", "LINK");
			for (ExportLink link : list.links()) {
				String where = link.downloadedTo().map(path -> link.url() + "  (saved: " + path + ")")
						.orElse(link.url() != null ? link.url() : link.error() != null ? link.error() : "");
				context.out().printf(format, link.kind().path(), link.status().label(), minute(link.startedAt()),
						minute(link.expiresAt()), where);
			}
			context.note(list.links().size() + " export link(s) of " + course.name());
		}
		if (!list.unlisted().isEmpty()) {
			context.note("This server does not list " + list.unlisted().stream().map(ExportKind::label)
					.collect(java.util.stream.Collectors.joining(", ")) + " links; the ones started here are shown.");
		}
		for (ExportNotOfferedException notOffered : list.notOffered()) {
			context.note(notOffered.getMessage());
		}
		return ExitCode.OK;
	}

	/** Day and minute in UTC, or "-" when unknown (links made outside this workspace). */
	private static String minute(java.util.Optional<Instant> instant) {
		return instant.map(value -> value.toString().substring(0, 16).replace('T', ' ')).orElse("-");
	}
}
