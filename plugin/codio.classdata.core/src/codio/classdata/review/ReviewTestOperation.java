package codio.classdata.review;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.Assessment.CodeTest;
import codio.classdata.review.Assessment.OutputOptions;
import codio.classdata.review.Assessment.StandardCodeTest;

/**
 * Runs the assignment's tests over every student: each project's assessments (from its baseline, else from its own
 * {@code .guides}), each test in a throw-away {@link Sandbox} of its own, projects in parallel up to the number of
 * cores. Standard Code Tests of a project that share a pre-execute command (typically its compile step) start from
 * copies of one run of it, as if each had run it: Codio runs each test in a fresh container, and so does this, only
 * without compiling the same code five times. Cancel stops the running programs (their process trees are killed) and starts no more.
 * <p>
 * This runs student code on this machine: the IDE asks first, the command line says so on standard error.
 */
public final class ReviewTestOperation {

	private final List<ReviewedProject> projects;
	private int parallelRuns = Math.max(1, Runtime.getRuntime().availableProcessors());
	private Duration timeLimit;
	private BiPredicate<String, String> selected = (project, taskId) -> true;

	public ReviewTestOperation(List<ReviewedProject> projects) {
		this.projects = List.copyOf(projects);
	}

	/** How many projects are tested at once (default: the number of cores). */
	public ReviewTestOperation parallelRuns(int runs) {
		this.parallelRuns = Math.max(1, runs);
		return this;
	}

	/** One time limit for every run instead of each test's own. */
	public ReviewTestOperation timeLimit(Duration limit) {
		this.timeLimit = limit;
		return this;
	}

	/**
	 * Runs only the tests this accepts, given the project's name and the assessment's task id (default: all), as
	 * when rerunning the failed cells of earlier results.
	 */
	public ReviewTestOperation select(BiPredicate<String, String> projectAndTaskId) {
		this.selected = projectAndTaskId;
		return this;
	}

	/**
	 * The tests of one project.
	 *
	 * @param project  the project
	 * @param outcomes one per assessment, in the assessments' order
	 * @param problems assessments that could not be read
	 */
	public record ProjectResult(ReviewedProject project, List<TestOutcome> outcomes, List<String> problems) {
	}

	/**
	 * @throws InterruptedException the monitor was cancelled; no program is left running
	 */
	public List<ProjectResult> run(IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, ReviewText.ReviewTestOperation_task, projects.size());
		// the workers poll this (its flag is volatile), not the caller's monitor, which need not be thread-safe
		NullProgressMonitor cancel = new NullProgressMonitor();
		ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallelRuns, Math.max(1, projects.size())),
				runnable -> {
					Thread thread = new Thread(runnable, "Codio test run");
					thread.setDaemon(true);
					return thread;
				});
		AtomicInteger done = new AtomicInteger();
		try {
			List<Future<ProjectResult>> futures = new ArrayList<>();
			for (ReviewedProject project : projects) {
				futures.add(workers.submit(() -> {
					ProjectResult result = test(project, cancel);
					done.incrementAndGet();
					return result;
				}));
			}
			List<ProjectResult> results = new ArrayList<>();
			int reported = 0;
			for (Future<ProjectResult> future : futures) {
				while (true) {
					try {
						results.add(future.get(100, java.util.concurrent.TimeUnit.MILLISECONDS));
						break;
					} catch (java.util.concurrent.TimeoutException e) {
						if (progress.isCanceled()) {
							cancel.setCanceled(true);
						}
						int now = done.get();
						if (now > reported) {
							progress.worked(now - reported);
							reported = now;
							progress.subTask(NLS.bind(ReviewText.ReviewTestOperation_progress, now, projects.size()));
						}
					} catch (ExecutionException e) {
						Throwable cause = e.getCause();
						if (cause instanceof OperationCanceledException) {
							throw new InterruptedException(ReviewText.ReviewTestOperation_cancelled);
						}
						if (cause instanceof IOException io) {
							throw io;
						}
						if (cause instanceof InterruptedException interrupted) {
							throw interrupted;
						}
						throw new IllegalStateException(cause);
					}
				}
			}
			if (progress.isCanceled()) {
				throw new InterruptedException(ReviewText.ReviewTestOperation_cancelled);
			}
			return results;
		} finally {
			cancel.setCanceled(true);
			workers.shutdownNow();
			workers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	private ProjectResult test(ReviewedProject project, IProgressMonitor cancel) throws IOException, InterruptedException {
		AssessmentReader.Result read = project.baseline() != null
				? AssessmentReader.read(project.baseline())
				: AssessmentReader.Result.empty();
		if (read.assessments().isEmpty()) {
			read = AssessmentReader.read(project.folder());
		}
		List<TestOutcome> outcomes = new ArrayList<>();
		Map<List<Object>, PreparedSandbox> prepared = new HashMap<>();
		try {
			for (Assessment assessment : read.assessments()) {
				if (!selected.test(project.name(), assessment.taskId())) {
					continue;
				}
				if (cancel.isCanceled()) {
					throw new OperationCanceledException();
				}
				Assessment limited = withTimeLimit(assessment);
				if (limited.codeTest() == null) {
					outcomes.add(CodeTestRunner.run(limited, null, cancel));
				} else if (limited.codeTest() instanceof StandardCodeTest standard
						&& !standard.preExecuteCommand().isBlank()) {
					// the same compile step for several tests runs once; each test gets a copy of its result
					List<Object> key = List.of(standard.preExecuteCommand(), standard.options().timeoutSeconds());
					PreparedSandbox ready = prepared.get(key);
					if (ready == null) {
						ready = PreparedSandbox.of(project, standard, cancel);
						prepared.put(key, ready);
					}
					try (Sandbox sandbox = ready.sandbox().copy()) {
						outcomes.add(CodeTestRunner.run(limited, sandbox, ready.preExecuted(), cancel));
					}
				} else {
					try (Sandbox sandbox = Sandbox.of(project.folder(), project.baseline(), project.skip())) {
						outcomes.add(CodeTestRunner.run(limited, sandbox, cancel));
					}
				}
			}
		} finally {
			for (PreparedSandbox ready : prepared.values()) {
				ready.sandbox().close();
			}
		}
		return new ProjectResult(project, outcomes, read.problems());
	}

	/** A project's sandbox after a pre-execute command ran in it, with that run. */
	private record PreparedSandbox(Sandbox sandbox, Sandbox.Result preExecuted) {

		static PreparedSandbox of(ReviewedProject project, StandardCodeTest test, IProgressMonitor cancel)
				throws IOException, InterruptedException {
			Sandbox sandbox = Sandbox.of(project.folder(), project.baseline(), project.skip());
			try {
				return new PreparedSandbox(sandbox, sandbox.run(test.preExecuteCommand(), "",
						Duration.ofSeconds(test.options().timeoutSeconds()), cancel));
			} catch (IOException | InterruptedException | RuntimeException e) {
				sandbox.close();
				throw e;
			}
		}
	}

	private Assessment withTimeLimit(Assessment assessment) {
		if (timeLimit == null || assessment.codeTest() == null) {
			return assessment;
		}
		int seconds = (int) Math.max(1, timeLimit.toSeconds());
		CodeTest test = assessment.codeTest();
		CodeTest limited = test instanceof StandardCodeTest standard
				? new StandardCodeTest(standard.preExecuteCommand(), standard.command(),
						new OutputOptions(standard.options().ignoreCase(), standard.options().ignoreWhitespaces(),
								standard.options().ignoreNewline(), standard.options().matchSubstring(), seconds),
						standard.sequence())
				: new AdvancedCodeTest(((AdvancedCodeTest) test).command(), seconds,
						((AdvancedCodeTest) test).partialPointsAllowed(), ((AdvancedCodeTest) test).codeEnvConfig());
		return new Assessment(assessment.taskId(), assessment.type(), assessment.name(), assessment.points(), limited);
	}
}
