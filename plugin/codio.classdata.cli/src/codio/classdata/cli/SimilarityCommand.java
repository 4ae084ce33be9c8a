package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarityOperation;

/**
 * {@code similarity [--select GLOB] [--sources ZIP|DIR] [--top N]}: pairs of imported projects that share code that
 * is not the starter code, highest score first, with their shared fragments. Hints for a person to look at.
 */
final class SimilarityCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("similarity", context.arguments());
		Optional<Pattern> select = arguments.option("--select").map(ImportCommand::glob);
		Optional<Path> sources = arguments.option("--sources").map(Path::of);
		int top = TestCommand.number(arguments.option("--top"), "--top", 20);
		arguments.done();

		ConsoleProgressMonitor progress = context.progress();
		try (ReviewSelection selection = ReviewSelection.of(select, sources, 2, progress)) {
			List<SimilarPair> pairs = new SimilarityOperation(selection.projects()).run(progress);
			progress.done();
			print(context, pairs.subList(0, Math.min(top, pairs.size())));
			return ExitCode.OK;
		}
	}

	private static void print(CommandContext context, List<SimilarPair> pairs) {
		if (context.options().json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (SimilarPair pair : pairs) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("a", pair.a());
				row.put("b", pair.b());
				row.put("score", Math.round(pair.score() * 1000) / 1000.0);
				List<Map<String, Object>> fragments = new ArrayList<>();
				for (SimilarPair.Fragment fragment : pair.fragments()) {
					Map<String, Object> each = new LinkedHashMap<>();
					each.put("fileA", fragment.fileA());
					each.put("linesA", fragment.firstLineA() + "-" + fragment.lastLineA());
					each.put("fileB", fragment.fileB());
					each.put("linesB", fragment.firstLineB() + "-" + fragment.lastLineB());
					fragments.add(each);
				}
				row.put("fragments", fragments);
				rows.add(row);
			}
			context.out().println(context.json().toJson(rows));
			return;
		}
		for (SimilarPair pair : pairs) {
			context.out().println(String.format(Locale.ROOT, "%s\t%s\t%.2f\t%d fragments (%.0f%% of %s's code, "
					+ "%.0f%% of %s's)", pair.a(), pair.b(), pair.score(), pair.fragments().size(),
					pair.shareOfA() * 100, pair.a(), pair.shareOfB() * 100, pair.b()));
			for (SimilarPair.Fragment fragment : pair.fragments()) {
				context.out().println(String.format(Locale.ROOT, "\t%s:%d-%d\t%s:%d-%d", fragment.fileA(),
						fragment.firstLineA(), fragment.lastLineA(), fragment.fileB(), fragment.firstLineB(),
						fragment.lastLineB()));
			}
		}
	}
}
