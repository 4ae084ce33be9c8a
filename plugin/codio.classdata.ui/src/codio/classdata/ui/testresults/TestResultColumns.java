package codio.classdata.ui.testresults;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import codio.classdata.review.Assessment;
import codio.classdata.review.ChangeSummary;
import codio.classdata.review.CodioGrades.StudentGrade;
import codio.classdata.review.FileChange;
import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.TestOutcome;
import codio.classdata.review.TestOutcome.Outcome;
import codio.classdata.review.TestResults;
import codio.classdata.review.TestResults.TestTotals;

/**
 * The columns of a report: who (project, student), Codio's own figures when known, what the student changed when
 * the starter code is attached, our points, then one column per test.
 */
final class TestResultColumns {

	private static final DateTimeFormatter COMPLETED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private TestResultColumns() {
	}

	static List<ResultColumn> of(TestRunReport report) {
		TestResults results = report.results();
		List<ResultColumn> columns = new ArrayList<>();
		columns.add(text(ResultsMessages.Column_project, 150, row -> row.project().name(),
				NLS.bind(ResultsMessages.Totals_label, results.projects().size())));
		columns.add(text(ResultsMessages.Column_student, 85, row -> row.project().student(), ""));
		if (!report.codio().isEmpty()) {
			columns.add(codioGrade(report));
			columns.add(codio(report, ResultsMessages.Column_codioStatus, 100, StudentGrade::status));
			columns.add(codio(report, ResultsMessages.Column_timeSpent, 90, grade -> grade.secondsSpent() == null
					? "" : String.format(Locale.ROOT, "%d:%02d h", grade.secondsSpent() / 3600,
							grade.secondsSpent() % 3600 / 60)));
			columns.add(codio(report, ResultsMessages.Column_completed, 120,
					grade -> completed(grade.completionDate())));
		}
		if (!report.changes().isEmpty()) {
			columns.add(changes(report, ResultsMessages.Column_files, 80, summary -> NLS.bind(
					ResultsMessages.Cell_files, new Object[] { summary.count(FileChange.Kind.ADDED),
							summary.count(FileChange.Kind.CHANGED), summary.count(FileChange.Kind.DELETED) }),
					summary -> summary.count(FileChange.Kind.ADDED) + summary.count(FileChange.Kind.CHANGED)
							+ summary.count(FileChange.Kind.DELETED)));
			columns.add(changes(report, ResultsMessages.Column_lines, 65,
					summary -> NLS.bind(ResultsMessages.Cell_lines, summary.linesAdded(), summary.linesRemoved()),
					summary -> (long) summary.linesAdded() + summary.linesRemoved()));
		}
		columns.add(points(results));
		for (Assessment test : results.tests()) {
			columns.add(test(results, test));
		}
		return columns;
	}

	private static ResultColumn text(String title, int width, Function<ProjectResult, String> text,
			String totals) {
		return new ResultColumn(title, width) {
			@Override
			String text(ProjectResult row) {
				return text.apply(row);
			}

			@Override
			String totalsText() {
				return totals;
			}

			@Override
			Comparator<ProjectResult> order() {
				return Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
			}
		};
	}

	private static ResultColumn codioGrade(TestRunReport report) {
		return new ResultColumn(ResultsMessages.Column_codioGrade, 95) {
			@Override
			String text(ProjectResult row) {
				StudentGrade grade = report.codio().get(row.project().name());
				if (grade == null || grade.grade() == null) {
					return "";
				}
				return TestResults.disagrees(grade, row) ? NLS.bind(ResultsMessages.Cell_gradeDiffers, grade.grade())
						: String.valueOf(grade.grade());
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof ProjectResult row
						&& TestResults.disagrees(report.codio().get(row.project().name()), row)
								? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED)
								: null;
			}

			@Override
			public String getToolTipText(Object element) {
				if (element instanceof ProjectResult row) {
					StudentGrade grade = report.codio().get(row.project().name());
					if (TestResults.disagrees(grade, row)) {
						return grade.grade() >= 100 ? ResultsMessages.Cell_fullButFailed
								: ResultsMessages.Cell_lessButPassed;
					}
				}
				return null;
			}

			@Override
			Comparator<ProjectResult> order() {
				return Comparator.comparing(row -> {
					StudentGrade grade = report.codio().get(row.project().name());
					return grade == null || grade.grade() == null ? -1 : grade.grade();
				});
			}
		};
	}

	private static ResultColumn codio(TestRunReport report, String title, int width,
			Function<StudentGrade, String> text) {
		Function<ProjectResult, String> cell = row -> {
			StudentGrade grade = report.codio().get(row.project().name());
			return grade == null ? "" : text.apply(grade);
		};
		return text(title, width, cell, "");
	}

	private static String completed(String isoDate) {
		if (isoDate.isEmpty()) {
			return "";
		}
		try {
			return COMPLETED.format(Instant.parse(isoDate));
		} catch (DateTimeParseException e) {
			return isoDate; // shown as Codio sent it rather than hidden
		}
	}

	private static ResultColumn changes(TestRunReport report, String title, int width,
			Function<ChangeSummary, String> text, Function<ChangeSummary, Long> size) {
		return new ResultColumn(title, width) {
			@Override
			String text(ProjectResult row) {
				ChangeSummary summary = report.changes().get(row.project().name());
				return summary == null ? "" : text.apply(summary);
			}

			@Override
			Comparator<ProjectResult> order() {
				return Comparator.comparing(row -> {
					ChangeSummary summary = report.changes().get(row.project().name());
					return summary == null ? -1 : size.apply(summary);
				});
			}
		};
	}

	private static ResultColumn points(TestResults results) {
		return new ResultColumn(ResultsMessages.Column_points, 70) {
			@Override
			String text(ProjectResult row) {
				return NLS.bind(ResultsMessages.Cell_points, number(TestResults.points(row)),
						number(TestResults.maxPoints(row)));
			}

			@Override
			String totalsText() {
				double points = results.projects().stream().mapToDouble(TestResults::points).sum();
				return results.projects().isEmpty() ? ""
						: NLS.bind(ResultsMessages.Totals_average, number(points / results.projects().size()));
			}

			@Override
			Comparator<ProjectResult> order() {
				return Comparator.comparingDouble(TestResults::points);
			}
		};
	}

	private static ResultColumn test(TestResults results, Assessment test) {
		return new ResultColumn(test.name(), 100) {
			@Override
			TestOutcome outcome(ProjectResult row) {
				return TestResults.outcome(row, test.taskId()).orElse(null);
			}

			@Override
			String text(ProjectResult row) {
				TestOutcome outcome = outcome(row);
				if (outcome == null) {
					return "";
				}
				String seconds = String.format(Locale.ROOT, "%.1f s", outcome.seconds());
				return switch (outcome.outcome()) {
				case PASSED -> NLS.bind(ResultsMessages.Cell_passed, new Object[] { number(outcome.points()),
						number(test.points()), seconds });
				case FAILED -> NLS.bind(ResultsMessages.Cell_failed, new Object[] { number(outcome.points()),
						number(test.points()), seconds });
				case TIMED_OUT -> NLS.bind(ResultsMessages.Cell_timedOut, seconds);
				case NOT_RUN -> ResultsMessages.Cell_notRun;
				};
			}

			@Override
			String totalsText() {
				TestTotals totals = results.totals(test.taskId());
				return totals.ran() == 0 ? ResultsMessages.Cell_notRun
						: NLS.bind(ResultsMessages.Totals_passed, totals.passed(), totals.ran());
			}

			@Override
			public Color getForeground(Object element) {
				TestOutcome outcome = element instanceof ProjectResult row ? outcome(row) : null;
				if (outcome == null) {
					return null;
				}
				int color = switch (outcome.outcome()) {
				case PASSED -> SWT.COLOR_DARK_GREEN;
				case FAILED, TIMED_OUT -> SWT.COLOR_DARK_RED;
				case NOT_RUN -> SWT.COLOR_DARK_GRAY;
				};
				return Display.getCurrent().getSystemColor(color);
			}

			@Override
			public String getToolTipText(Object element) {
				TestOutcome outcome = element instanceof ProjectResult row ? outcome(row) : null;
				return outcome == null || outcome.detail().isEmpty() ? null : outcome.detail();
			}

			@Override
			Comparator<ProjectResult> order() {
				// failures first when ascending: the cells a reviewer looks at
				return Comparator.comparing((ProjectResult row) -> {
					TestOutcome outcome = outcome(row);
					return outcome == null ? 4 : switch (outcome.outcome()) {
					case TIMED_OUT -> 0;
					case FAILED -> 1;
					case PASSED -> 2;
					case NOT_RUN -> 3;
					};
				}).thenComparingDouble(row -> {
					TestOutcome outcome = outcome(row);
					return outcome == null ? 0 : outcome.points();
				});
			}
		};
	}

	static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	/** Whether a row has a failed or timed-out cell. */
	static boolean hasFailure(ProjectResult row) {
		return row.outcomes().stream()
				.anyMatch(o -> o.outcome() == Outcome.FAILED || o.outcome() == Outcome.TIMED_OUT);
	}
}
