package codio.classdata.ui.testresults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.review.ChangeSummary;
import codio.classdata.review.CodioGrades;
import codio.classdata.review.CodioGrades.StudentGrade;
import codio.classdata.review.ProjectChanges;
import codio.classdata.review.ReviewTestOperation;
import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.ReviewedProject;
import codio.classdata.review.TestResults;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.Problems;

/**
 * Runs the assignment's tests over student projects in the background ({@link ReviewTestOperation}: parallel,
 * cancellable, nothing left running), then counts each project's changes against its starter code and, when signed
 * in and the import recorded the class, asks Codio for its own figures. Hands the report over when done.
 */
public final class TestRunJob extends Job {

	private final Callable<List<ReviewedProject>> toTest;
	private final BiPredicate<String, String> cells;
	private List<ReviewedProject> projects = List.of();
	private final Consumer<TestRunReport> whenDone;

	/**
	 * @param count    how many projects, for the job's name
	 * @param toTest   the projects to test, read on the job's thread (reading their build paths takes a while)
	 * @param cells    which cells to run, by project name and task id
	 * @param whenDone called on the job's thread with the report; not called when cancelled or failed
	 */
	public TestRunJob(int count, Callable<List<ReviewedProject>> toTest, BiPredicate<String, String> cells,
			Consumer<TestRunReport> whenDone) {
		super(NLS.bind(ResultsMessages.RunJob_name, count));
		this.toTest = toTest;
		this.cells = cells;
		this.whenDone = whenDone;
		// the view shows it (busy title, Cancel in its toolbar), and the Progress view and status bar: no modal
		// progress dialog over the workbench for a run that takes minutes
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TEST_RUNS || family == JobFamilies.CODIO;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try {
			projects = List.copyOf(toTest.call());
			List<ProjectResult> results = new ReviewTestOperation(projects).select(cells).run(progress.split(80));
			Map<String, ChangeSummary> changes = changes(progress.split(10));
			List<String> notes = new ArrayList<>();
			Map<String, StudentGrade> codio = codioFigures(notes, progress.split(10));
			whenDone.accept(new TestRunReport(new TestResults(results), changes, codio, notes));
			return Status.OK_STATUS;
		} catch (InterruptedException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | CoreException e) {
			return Status.error(NLS.bind(ResultsMessages.RunJob_failed, e.getMessage()), e);
		} catch (Exception e) {
			// the project list's reading throws only the above; anything else is a bug, reported as such
			return Status.error(NLS.bind(ResultsMessages.RunJob_failed, e), e);
		}
	}

	private Map<String, ChangeSummary> changes(SubMonitor progress) {
		progress.setWorkRemaining(projects.size());
		Map<String, ChangeSummary> changes = new HashMap<>();
		for (ReviewedProject project : projects) {
			IProject resource = ResourcesPlugin.getWorkspace().getRoot().getProject(project.name());
			if (project.baseline() == null || !resource.isOpen()) {
				progress.worked(1);
				continue;
			}
			try {
				changes.put(project.name(), ProjectChanges.of(resource, project.baseline(), progress.split(1)));
			} catch (CoreException | IOException e) {
				// the tests still count; the changes columns stay empty for this project
				ILog.of(TestRunJob.class).warn(NLS.bind(ResultsMessages.RunJob_changesFailed, project.name(),
						e.getMessage()), e);
			}
		}
		return changes;
	}

	/** Codio's figures for every project whose class is known, one request set per class and assignment. */
	private Map<String, StudentGrade> codioFigures(List<String> notes, SubMonitor progress)
			throws InterruptedException {
		Map<List<String>, List<ReviewedProject>> byAssignment = new LinkedHashMap<>();
		Set<String> withoutClass = new LinkedHashSet<>();
		for (ReviewedProject project : projects) {
			if (project.courseId().isEmpty()) {
				withoutClass.add(project.name());
			} else {
				byAssignment.computeIfAbsent(List.of(project.courseId(), project.assignment()),
						key -> new ArrayList<>()).add(project);
			}
		}
		if (!withoutClass.isEmpty()) {
			notes.add(NLS.bind(ResultsMessages.RunJob_noClass, withoutClass.size()));
		}
		if (byAssignment.isEmpty()) {
			return Map.of();
		}
		Optional<CodioClient> client;
		try {
			client = CodioSession.client();
		} catch (StorageException e) {
			notes.add(NLS.bind(ResultsMessages.RunJob_codioFailed, e.getMessage()));
			return Map.of();
		}
		if (client.isEmpty()) {
			notes.add(ResultsMessages.RunJob_notSignedIn);
			return Map.of();
		}
		progress.setWorkRemaining(byAssignment.size());
		Map<String, StudentGrade> figures = new HashMap<>();
		for (Map.Entry<List<String>, List<ReviewedProject>> group : byAssignment.entrySet()) {
			String assignment = group.getKey().get(1);
			try {
				Optional<CodioGrades> grades = CodioGrades.fetch(client.get(), group.getKey().get(0), assignment,
						progress.split(1));
				if (grades.isEmpty()) {
					notes.add(NLS.bind(ResultsMessages.RunJob_assignmentNotInClass, assignment));
					continue;
				}
				for (ReviewedProject project : group.getValue()) {
					grades.get().of(project.student()).ifPresent(grade -> figures.put(project.name(), grade));
				}
			} catch (CodioApiException e) {
				notes.add(NLS.bind(ResultsMessages.RunJob_codioFailed, Problems.describe(e)));
			}
			if (progress.isCanceled()) {
				throw new InterruptedException();
			}
		}
		return figures;
	}
}
