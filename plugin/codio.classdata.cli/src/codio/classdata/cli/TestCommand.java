package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;


import codio.classdata.review.ReviewTestOperation;
import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.TestOutcome;
import codio.classdata.review.TestResultsCsv;

/**
 * {@code test [--select GLOB] [--sources ZIP|DIR] [--jobs N] [--timeout S]}: the assignments' auto-graded tests over
 * the imported projects, one line per project and test. It runs student code: it says so on standard error and never
 * asks, because scripts run it.
 */
final class TestCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("test", context.arguments());
		Optional<Pattern> select = arguments.option("--select").map(ImportCommand::glob);
		Optional<Path> sources = arguments.option("--sources").map(Path::of);
		int jobs = number(arguments.option("--jobs"), "--jobs", Runtime.getRuntime().availableProcessors());
		Optional<String> timeoutOption = arguments.option("--timeout");
		Duration timeout = timeoutOption.isPresent() ? Duration.ofSeconds(number(timeoutOption, "--timeout", 0))
				: null;
		arguments.done();

		ConsoleProgressMonitor progress = context.progress();
		try (ReviewSelection selection = ReviewSelection.of(select, sources, 1, progress)) {
			context.note("test runs student code on this machine: each test in a throw-away copy of the project, "
					+ "with a time limit, its process tree killed at the limit, output capped and no credentials "
					+ "in its environment. Run it only on work you are willing to execute.");
			List<ProjectResult> results = new ReviewTestOperation(selection.projects()).parallelRuns(jobs)
					.timeLimit(timeout).run(progress);
			progress.done();
			print(context, results);
			return ExitCode.OK;
		}
	}

	private static void print(CommandContext context, List<ProjectResult> results) {
		if (context.options().json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (ProjectResult result : results) {
				for (TestOutcome outcome : result.outcomes()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("project", result.project().name());
					row.put("assignment", result.project().assignment());
					row.put("student", result.project().student());
					row.put("test", outcome.assessment().name());
					row.put("kind", outcome.assessment().type());
					row.put("outcome", outcome(outcome));
					row.put("points", outcome.points());
					row.put("maxPoints", outcome.assessment().points());
					row.put("seconds", Math.round(outcome.seconds() * 1000) / 1000.0);
					rows.add(row);
				}
			}
			context.out().println(context.json().toJson(rows));
		} else {
			for (ProjectResult result : results) {
				for (TestOutcome outcome : result.outcomes()) {
					context.out().println(String.format(Locale.ROOT, "%s\t%s\t%s\t%s/%s\t%.1f s%s",
							result.project().name(), outcome.assessment().name(), outcome(outcome),
							points(outcome.points()), points(outcome.assessment().points()), outcome.seconds(),
							outcome.detail().isEmpty() ? "" : "\t" + outcome.detail()));
				}
			}
		}
		for (ProjectResult result : results) {
			result.problems().forEach(problem -> context.note(result.project().name() + ": " + problem));
		}
		long tests = results.stream().mapToLong(result -> result.outcomes().size()).sum();
		context.note(tests + " tests over " + results.size() + " projects");
	}

	/** {@code passed|failed|timed-out|not-run}. */
	private static String outcome(TestOutcome outcome) {
		return TestResultsCsv.outcomeName(outcome.outcome());
	}

	private static String points(double points) {
		return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
	}

	static int number(Optional<String> value, String option, int fallback) throws UsageException {
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.get().strip());
			if (number > 0) {
				return number;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException("test: " + option + " needs a whole number above 0, not " + value.get() + ".");
	}
}
