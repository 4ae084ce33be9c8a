package codio.classdata.ui.testresults;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.ReviewedProject;
import codio.classdata.review.ReviewedProjects;
import codio.classdata.review.TestOutcome;
import codio.classdata.review.TestResults;
import codio.classdata.review.TestResultsCsv;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.UiIds;

/**
 * Codio Test Results: the students × tests matrix of the last run, with Codio's own figures and what each student
 * changed beside it. Sort by any column, filter by name or to failures or disagreements with Codio; a cell's detail
 * shows below, and double-clicking an output comparison opens expected against actual in Compare. Rerun the failed
 * cells, run everything again, export a CSV. Runs happen in a {@link TestRunJob}; this view never waits for one.
 */
public final class TestResultsView extends ViewPart {

	public static final String ID = UiIds.TEST_RESULTS_VIEW;

	/** What the filter combo offers. */
	enum Show {
		ALL, FAILURES, DISAGREEMENTS
	}

	private PageBook book;
	private Label emptyPage;
	private Composite resultsPage;
	private Label statusLine;
	private Text filterText;
	private Combo showCombo;
	private TableViewer viewer;
	private Text details;
	private List<ResultColumn> columns = List.of();
	private int sortColumn = -1;
	private boolean sortDescending;
	private TestRunReport report;
	private List<ReviewedProject> projects = List.of();
	private Job running;
	private Action rerunFailed;
	private Action runAgain;
	private Action exportCsv;
	private Action cancel;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		emptyPage = new Label(book, SWT.WRAP);
		emptyPage.setText(ResultsMessages.View_empty);
		resultsPage = new Composite(book, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(resultsPage);
		statusLine = new Label(resultsPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(statusLine);
		filterText = new Text(resultsPage, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(ResultsMessages.View_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		new Label(resultsPage, SWT.NONE).setText(ResultsMessages.View_show);
		showCombo = new Combo(resultsPage, SWT.READ_ONLY);
		showCombo.setItems(ResultsMessages.View_showAll, ResultsMessages.View_showFailures,
				ResultsMessages.View_showDisagreements);
		showCombo.select(0);
		SashForm sash = new SashForm(resultsPage, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ResultOrder());
		viewer.addFilter(new ResultFilter());
		ColumnViewerToolTipSupport.enableFor(viewer);
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		details.setText(ResultsMessages.View_detailsHint);
		sash.setWeights(3, 1);
		filterText.addModifyListener(event -> viewer.refresh());
		showCombo.addModifyListener(event -> viewer.refresh());
		viewer.getTable().addListener(SWT.MouseDown, event -> showDetails(cellAt(event.x, event.y)));
		viewer.getTable().addListener(SWT.MouseDoubleClick, event -> openCompare(cellAt(event.x, event.y)));
		createActions();
		HelpContexts.set(book, HelpContexts.TEST_RESULTS_VIEW);
		book.showPage(emptyPage);
	}

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		rerunFailed = new Action(ResultsMessages.Action_rerunFailed) {
			@Override
			public void run() {
				rerunFailed();
			}
		};
		rerunFailed.setToolTipText(ResultsMessages.Action_rerunFailed_tooltip);
		rerunFailed.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		runAgain = new Action(ResultsMessages.Action_runAgain) {
			@Override
			public void run() {
				if (RunConfirmation.ask(getSite().getShell(), projects.size())) {
					List<ReviewedProject> again = projects;
					start(again.size(), () -> again, (project, taskId) -> true, false);
				}
			}
		};
		runAgain.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		exportCsv = new Action(ResultsMessages.Action_exportCsv) {
			@Override
			public void run() {
				exportCsv();
			}
		};
		exportCsv.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		cancel = new Action(ResultsMessages.Action_cancel) {
			@Override
			public void run() {
				Job job = running;
				if (job != null) {
					job.cancel();
				}
			}
		};
		cancel.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(rerunFailed);
		toolbar.add(runAgain);
		toolbar.add(cancel);
		toolbar.add(exportCsv);
		updateActions();
	}

	private void updateActions() {
		boolean idle = running == null;
		rerunFailed.setEnabled(idle && report != null && !report.results().failedCells().isEmpty());
		runAgain.setEnabled(idle && !projects.isEmpty());
		exportCsv.setEnabled(report != null);
		cancel.setEnabled(!idle);
	}

	@Override
	public void setFocus() {
		if (report != null) {
			viewer.getControl().setFocus();
		} else {
			book.setFocus();
		}
	}

	/**
	 * Runs the tests over the projects in the background, replacing what the view shows; the caller has had the
	 * user confirm. Projects the import did not record are left out. Ignored while a run is going on.
	 *
	 * @return the job, or null when one is already running
	 */
	public Job run(List<IProject> toTest) {
		return start(toTest.size(), () -> {
			List<ReviewedProject> reviewed = new ArrayList<>();
			for (IProject project : toTest) {
				ReviewedProjects.of(project, null).ifPresent(reviewed::add);
			}
			return reviewed;
		}, (project, taskId) -> true, false);
	}

	private void rerunFailed() {
		if (RunConfirmation.ask(getSite().getShell(), report.results().failedCells().size())) {
			rerunFailedCells();
		}
	}

	/** Reruns the failed cells, the user having confirmed; the view's own button asks first. */
	Job rerunFailedCells() {
		Map<String, Set<String>> failed = report.results().failedCells();
		List<ReviewedProject> again = report.results().projects().stream().map(ProjectResult::project)
				.filter(project -> failed.containsKey(project.name())).toList();
		return start(again.size(), () -> again,
				(project, taskId) -> failed.getOrDefault(project, Set.of()).contains(taskId), true);
	}

	private Job start(int count, Callable<List<ReviewedProject>> toTest, BiPredicate<String, String> cells,
			boolean merge) {
		if (running != null || count == 0) {
			return null;
		}
		Display display = getSite().getShell().getDisplay();
		TestRunJob job = new TestRunJob(count, toTest, cells, done -> display.asyncExec(() -> {
			if (!book.isDisposed()) {
				if (!merge) {
					projects = done.results().projects().stream().map(ProjectResult::project).toList();
				}
				show(merge && report != null ? report.merge(done) : done);
			}
		}));
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				display.asyncExec(() -> {
					if (!book.isDisposed()) {
						running = null;
						updateStatus();
						updateActions();
					}
				});
			}
		});
		running = job;
		updateActions();
		updateStatus();
		if (report == null) {
			book.showPage(resultsPage);
		}
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job);
		} else {
			job.schedule();
		}
		return job;
	}

	/** Shows a report: the columns are made anew, as the tests may differ from the last run's. */
	void show(TestRunReport shown) {
		report = shown;
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			columns = TestResultColumns.of(shown);
			for (int i = 0; i < columns.size(); i++) {
				ResultColumn column = columns.get(i);
				TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
				viewerColumn.getColumn().setText(column.title());
				viewerColumn.getColumn().setToolTipText(column.title()); // test names are often longer than a cell
				viewerColumn.getColumn().setWidth(column.width());
				viewerColumn.getColumn().setMoveable(i > 1);
				viewerColumn.setLabelProvider(column);
				int index = i;
				viewerColumn.getColumn().addListener(SWT.Selection, event -> sortBy(index));
			}
			if (sortColumn >= columns.size()) {
				sortColumn = -1;
			}
			List<Object> rows = new ArrayList<>(shown.results().projects());
			rows.add(ResultColumn.TOTALS);
			viewer.setInput(rows);
		} finally {
			table.setRedraw(true);
		}
		book.showPage(resultsPage);
		updateStatus();
		updateActions();
	}

	private void sortBy(int index) {
		sortDescending = sortColumn == index && !sortDescending;
		sortColumn = index;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(index));
		table.setSortDirection(sortDescending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	private void updateStatus() {
		List<String> parts = new ArrayList<>();
		if (running != null) {
			parts.add(ResultsMessages.View_running);
		}
		if (report != null) {
			TestResults results = report.results();
			long differing = results.projects().stream()
					.filter(row -> TestResults.disagrees(report.codio().get(row.project().name()), row)).count();
			parts.add(NLS.bind(ResultsMessages.View_summary, new Object[] { results.projects().size(),
					results.tests().size(), results.failedCells().size() }));
			if (differing > 0) {
				parts.add(NLS.bind(ResultsMessages.View_disagreements, differing));
			}
			parts.addAll(report.notes());
		}
		statusLine.setText(String.join("  ", parts));
		resultsPage.layout(true);
	}

	private ViewerCell cellAt(int x, int y) {
		return viewer.getCell(new Point(x, y));
	}

	private void showDetails(ViewerCell cell) {
		if (cell != null && cell.getElement() instanceof ProjectResult row) {
			showDetails(row, cell.getColumnIndex());
		}
	}

	/** Shows the detail of a row's cell in a column below the table. */
	void showDetails(ProjectResult row, int column) {
		TestOutcome outcome = columns.get(column).outcome(row);
		if (outcome == null) {
			details.setText(row.problems().isEmpty() ? ResultsMessages.View_detailsHint
					: String.join("\n", row.problems()));
			return;
		}
		StringBuilder text = new StringBuilder(NLS.bind(ResultsMessages.Details_heading, new Object[] {
				outcome.assessment().name(), row.project().name(), TestResultsCsv.outcomeName(outcome.outcome()) }));
		if (!outcome.detail().isEmpty()) {
			text.append('\n').append(outcome.detail());
		}
		if (!outcome.expected().isEmpty()) {
			text.append("\n\n").append(ResultsMessages.Details_expected).append('\n').append(outcome.expected());
			text.append("\n\n").append(ResultsMessages.Details_actual).append('\n').append(outcome.actual());
			text.append("\n\n").append(ResultsMessages.Details_compareHint);
		} else if (!outcome.actual().isEmpty()) {
			text.append("\n\n").append(ResultsMessages.Details_output).append('\n').append(outcome.actual());
		}
		details.setText(text.toString());
	}

	private void openCompare(ViewerCell cell) {
		if (cell == null || !(cell.getElement() instanceof ProjectResult row)) {
			return;
		}
		TestOutcome outcome = columns.get(cell.getColumnIndex()).outcome(row);
		if (outcome != null && !outcome.expected().isEmpty()) {
			CompareUI.openCompareEditor(new OutputCompareInput(row.project().name(), outcome));
		}
	}

	private void exportCsv() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(ResultsMessages.Export_title);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("test-results.csv");
		dialog.setOverwrite(true); // asks before replacing a file: the only way one is replaced
		String chosen = dialog.open();
		if (chosen != null) {
			exportJob(report.results(), Path.of(chosen)).schedule();
		}
	}

	/** Writes the CSV beside the target and moves it into place, so a failure leaves no half-written file. */
	static Job exportJob(TestResults results, Path target) {
		Job job = Job.create(NLS.bind(ResultsMessages.Export_job, target.getFileName()),
				(IProgressMonitor monitor) -> {
					Path partial = null;
					try {
						partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".test-results", ".part");
						try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
							TestResultsCsv.write(results, out);
						}
						Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
								StandardCopyOption.ATOMIC_MOVE);
						return Status.OK_STATUS;
					} catch (IOException e) {
						return Status.error(NLS.bind(ResultsMessages.Export_failed, target, e.getMessage()), e);
					} finally {
						if (partial != null) {
							try {
								Files.deleteIfExists(partial);
							} catch (IOException e) {
								// nothing more to do: the temporary file is hidden and named as ours
							}
						}
					}
				});
		job.setUser(true);
		return job;
	}

	@Override
	public void dispose() {
		Job job = running;
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}

	/** The report shown, or null; for tests. */
	TestRunReport report() {
		return report;
	}

	/** The table; for tests. */
	TableViewer viewer() {
		return viewer;
	}

	/** The detail pane's text; for tests. */
	String detailsText() {
		return details.getText();
	}

	/** Selects what the filter combo shows; for tests. */
	void show(Show shown) {
		showCombo.select(shown.ordinal());
		viewer.refresh();
	}

	/** Sorts by the project rows of a column; the totals row stays last. */
	private final class ResultOrder extends ViewerComparator {
		@Override
		public int compare(Viewer compared, Object a, Object b) {
			if (a == ResultColumn.TOTALS || b == ResultColumn.TOTALS) {
				return a == b ? 0 : a == ResultColumn.TOTALS ? 1 : -1;
			}
			if (sortColumn < 0) {
				return 0; // the run's order
			}
			Comparator<ProjectResult> order = columns.get(sortColumn).order();
			int result = order.compare((ProjectResult) a, (ProjectResult) b);
			return sortDescending ? -result : result;
		}
	}

	/** The filter text (project or student) and the combo; the totals row always shows. */
	private final class ResultFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer filtered, Object parent, Object element) {
			if (!(element instanceof ProjectResult row)) {
				return true;
			}
			String text = filterText.getText().strip().toLowerCase(Locale.ROOT);
			if (!text.isEmpty() && !row.project().name().toLowerCase(Locale.ROOT).contains(text)
					&& !row.project().student().toLowerCase(Locale.ROOT).contains(text)) {
				return false;
			}
			return switch (Show.values()[Math.max(0, showCombo.getSelectionIndex())]) {
			case ALL -> true;
			case FAILURES -> TestResultColumns.hasFailure(row);
			case DISAGREEMENTS -> TestResults.disagrees(report.codio().get(row.project().name()), row);
			};
		}
	}
}
