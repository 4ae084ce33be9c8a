package codio.classdata.ui.similarity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.osgi.framework.FrameworkUtil;

import codio.classdata.review.ReviewedProject;
import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarPair.Fragment;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.UiIds;

/**
 * Codio Similarity: pairs of student projects that share code beyond the starter code, highest score first, as
 * hints for a person to look at. A threshold (kept across sessions) hides the weaker pairs; the selected pair's
 * shared fragments show below, and a fragment opens in Compare with both files side by side. Searches run in a
 * {@link SimilarityJob}, exports in {@link SimilarityExports}; this view never waits for either.
 */
public final class SimilarityView extends ViewPart {

	public static final String ID = UiIds.SIMILARITY_VIEW;

	private static final String SETTINGS_SECTION = "SimilarityView";
	private static final String THRESHOLD = "threshold";
	/** Low enough to show a disguised copy, high enough to hide pairs that share a loop or two. */
	private static final int DEFAULT_THRESHOLD = 30;

	private IDialogSettings settings;
	private PageBook book;
	private Label emptyPage;
	private Composite resultsPage;
	private Label statusLine;
	private Spinner threshold;
	private TableViewer pairs;
	private FragmentsPane fragments;
	private int sortColumn = -1;
	private boolean sortDescending;
	private SimilarityResult result;
	private List<IProject> compared = List.of();
	private Job running;
	private Action rerun;
	private Action cancel;
	private Action exportCsv;
	private Action exportHtml;

	@Override
	public void createPartControl(Composite parent) {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(SimilarityView.class))
				.getDialogSettings();
		settings = Optional.ofNullable(all.getSection(SETTINGS_SECTION))
				.orElseGet(() -> all.addNewSection(SETTINGS_SECTION));
		book = new PageBook(parent, SWT.NONE);
		emptyPage = new Label(book, SWT.WRAP);
		emptyPage.setText(SimilarityMessages.View_empty);
		resultsPage = new Composite(book, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(resultsPage);
		Label hint = new Label(resultsPage, SWT.WRAP);
		hint.setText(SimilarityMessages.View_hint);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(200, SWT.DEFAULT).applyTo(hint);
		statusLine = new Label(resultsPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT)
				.applyTo(statusLine);
		new Label(resultsPage, SWT.NONE).setText(SimilarityMessages.View_threshold);
		threshold = new Spinner(resultsPage, SWT.BORDER);
		threshold.setValues(savedThreshold(), 0, 100, 0, 5, 10);
		new Label(resultsPage, SWT.NONE).setText(SimilarityMessages.View_percent);
		SashForm sash = new SashForm(resultsPage, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(sash);
		createPairsTable(sash);
		fragments = new FragmentsPane(sash, this::openCompare);
		sash.setWeights(3, 2);
		threshold.addModifyListener(event -> {
			settings.put(THRESHOLD, threshold.getSelection());
			pairs.refresh();
			updateStatus();
		});
		createActions();
		HelpContexts.set(book, HelpContexts.SIMILARITY_VIEW);
		book.showPage(emptyPage);
	}

	private int savedThreshold() {
		try {
			return Math.max(0, Math.min(100, settings.getInt(THRESHOLD)));
		} catch (NumberFormatException e) {
			return DEFAULT_THRESHOLD; // never set
		}
	}

	private void createPairsTable(Composite parent) {
		pairs = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		pairs.getTable().setHeaderVisible(true);
		pairs.getTable().setLinesVisible(true);
		pairs.setContentProvider(ArrayContentProvider.getInstance());
		for (PairColumn column : PairColumn.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(pairs, column.ordinal() < 2 ? SWT.LEFT : SWT.RIGHT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.getColumn().setWidth(column.width());
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text((SimilarPair) element);
				}

				@Override
				public String getToolTipText(Object element) {
					if (column != PairColumn.A && column != PairColumn.B || result == null) {
						return null;
					}
					SimilarPair pair = (SimilarPair) element;
					return result.project(column == PairColumn.A ? pair.a() : pair.b())
							.filter(project -> !project.student().isEmpty())
							.map(project -> NLS.bind(SimilarityMessages.Column_tooltip, project.name(),
									project.student()))
							.orElse(null);
				}
			});
			viewerColumn.getColumn().addListener(SWT.Selection, event -> sortBy(column.ordinal()));
		}
		pairs.setComparator(new PairOrder());
		pairs.addFilter(new ThresholdFilter());
		ColumnViewerToolTipSupport.enableFor(pairs);
		pairs.addSelectionChangedListener(event -> fragments.show(selectedPair()));
	}

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		rerun = new Action(SimilarityMessages.Action_rerun) {
			@Override
			public void run() {
				find(compared);
			}
		};
		rerun.setToolTipText(SimilarityMessages.Action_rerun_tooltip);
		rerun.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		cancel = new Action(SimilarityMessages.Action_cancel) {
			@Override
			public void run() {
				Job job = running;
				if (job != null) {
					job.cancel();
				}
			}
		};
		cancel.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
		exportCsv = new Action(SimilarityMessages.Action_exportCsv) {
			@Override
			public void run() {
				export(SimilarityMessages.Export_csvTitle, "*.csv", "similarity.csv",
						target -> SimilarityExports.csv(shownPairs(), target));
			}
		};
		exportCsv.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		exportHtml = new Action(SimilarityMessages.Action_exportHtml) {
			@Override
			public void run() {
				export(SimilarityMessages.Export_htmlTitle, "*.html", "similarity-report.html",
						target -> SimilarityExports.html(result, shownPairs(), scope(), target));
			}
		};
		exportHtml.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(rerun);
		toolbar.add(cancel);
		toolbar.add(exportCsv);
		toolbar.add(exportHtml);
		updateActions();
	}

	private void updateActions() {
		boolean idle = running == null;
		rerun.setEnabled(idle && !compared.isEmpty());
		cancel.setEnabled(!idle);
		exportCsv.setEnabled(result != null);
		exportHtml.setEnabled(result != null);
	}

	/** Asks for the file on the UI thread; the writing happens in the job {@code writer} makes. */
	private void export(String title, String extension, String name, Function<Path, Job> writer) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setFileName(name);
		dialog.setOverwrite(true); // asks before replacing a file: the only way one is replaced
		String chosen = dialog.open();
		if (chosen != null) {
			writer.apply(Path.of(chosen)).schedule();
		}
	}

	@Override
	public void setFocus() {
		if (result != null) {
			pairs.getControl().setFocus();
		} else {
			book.setFocus();
		}
	}

	/**
	 * Compares the projects in the background (with one project, every project of its assignment), replacing what
	 * the view shows. Ignored while a search is going on.
	 *
	 * @return the job, or null when one is already running
	 */
	public Job find(List<IProject> selected) {
		if (running != null || selected.isEmpty()) {
			return null;
		}
		List<IProject> chosen = List.copyOf(selected);
		Display display = getSite().getShell().getDisplay();
		SimilarityJob job = new SimilarityJob(chosen.size(), () -> ComparedProjects.of(chosen),
				done -> display.asyncExec(() -> {
					if (!book.isDisposed()) {
						show(done);
					}
				}));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> {
					if (!book.isDisposed()) {
						running = null;
						updateStatus();
						updateActions();
					}
				});
			}
		});
		compared = chosen;
		running = job;
		book.showPage(resultsPage);
		updateStatus();
		updateActions();
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job);
		} else {
			job.schedule();
		}
		return job;
	}

	/** Shows a search's result, the first pair selected so its fragments show at once. */
	void show(SimilarityResult shown) {
		result = shown;
		pairs.setInput(shown.pairs());
		Object first = pairs.getElementAt(0);
		pairs.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first), true);
		fragments.show(selectedPair());
		book.showPage(resultsPage);
		updateStatus();
		updateActions();
	}

	private void sortBy(int index) {
		sortDescending = sortColumn == index && !sortDescending;
		sortColumn = index;
		Table table = pairs.getTable();
		table.setSortColumn(table.getColumn(index));
		table.setSortDirection(sortDescending ? SWT.DOWN : SWT.UP);
		pairs.refresh();
	}

	private void updateStatus() {
		List<String> parts = new ArrayList<>();
		if (running != null) {
			parts.add(SimilarityMessages.View_running);
		}
		if (result != null) {
			parts.add(result.projects().size() < 2 ? SimilarityMessages.Find_tooFew
					: NLS.bind(SimilarityMessages.View_summary, new Object[] { result.projects().size(),
							result.pairs().size(), pairs.getTable().getItemCount() }));
		}
		statusLine.setText(String.join("  ", parts));
		resultsPage.layout(true);
	}

	/** Opens the selected fragment's two files side by side in Compare. */
	void openCompare() {
		SimilarPair pair = selectedPair();
		Fragment fragment = fragments.selected();
		if (pair == null || fragment == null) {
			return;
		}
		Optional<ReviewedProject> a = result.project(pair.a());
		Optional<ReviewedProject> b = result.project(pair.b());
		if (a.isPresent() && b.isPresent()) {
			CompareUI.openCompareEditor(new FragmentCompareInput(a.get(), b.get(), pair, fragment));
		}
	}

	/** The pairs the threshold lets through, in rank order: what the exports write. */
	List<SimilarPair> shownPairs() {
		int from = threshold.getSelection();
		return result == null ? List.of()
				: result.pairs().stream().filter(pair -> PairColumn.percentOf(pair.score()) >= from).toList();
	}

	private String scope() {
		return NLS.bind(SimilarityMessages.Export_scope, result.projects().size(), threshold.getSelection());
	}

	private SimilarPair selectedPair() {
		return pairs.getStructuredSelection().getFirstElement() instanceof SimilarPair pair ? pair : null;
	}

	@Override
	public void dispose() {
		Job job = running;
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}

	/** The result shown, or null; for tests. */
	SimilarityResult result() {
		return result;
	}

	/** The pairs table; for tests. */
	TableViewer pairsViewer() {
		return pairs;
	}

	/** The fragments table; for tests. */
	TableViewer fragmentsViewer() {
		return fragments.viewer();
	}

	/** Sets the threshold as the user would; for tests. */
	void setThreshold(int percent) {
		threshold.setSelection(percent); // fires the modify listener, as typing does
	}

	/** The threshold shown, in percent; for tests. */
	int threshold() {
		return threshold.getSelection();
	}

	/** The status line's text; for tests. */
	String statusText() {
		return statusLine.getText();
	}

	/** Sorts by a column's values, descending when clicked twice; the search's order until one is clicked. */
	private final class PairOrder extends ViewerComparator {
		@Override
		public int compare(Viewer viewer, Object a, Object b) {
			if (sortColumn < 0) {
				return 0;
			}
			int order = PairColumn.values()[sortColumn].order().compare((SimilarPair) a, (SimilarPair) b);
			return sortDescending ? -order : order;
		}
	}

	/** The threshold: pairs whose score, in whole percents as shown, is below it are hidden. */
	private final class ThresholdFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return PairColumn.percentOf(((SimilarPair) element).score()) >= threshold.getSelection();
		}
	}
}
