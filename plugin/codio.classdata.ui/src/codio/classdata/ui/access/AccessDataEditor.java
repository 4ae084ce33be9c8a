package codio.classdata.ui.access;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.services.IEvaluationService;

import codio.classdata.access.BadRow;
import codio.classdata.access.BadRows;
import codio.classdata.access.ClassDates;
import codio.classdata.access.Flag;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.UiIds;

/**
 * The Access Data editor: a User Access Data CSV as Events, Students, Flags and Activity tabs. Read-only; the file
 * is loaded by a {@link LoadAccessLogJob} (with summaries and flags) while a loading page shows, and a file that is
 * not access data shows why on an error page. Opens workspace files and files outside the workspace alike.
 */
public final class AccessDataEditor extends EditorPart {

	public static final String ID = UiIds.ACCESS_DATA_EDITOR;

	private static final long FLAGS_DELAY_MILLIS = 150;

	/** What the editor shows; for tests. */
	public enum Page {
		LOADING, ERROR, CONTENT
	}

	private PageBook pages;
	private Label loadingLabel;
	private Label errorLabel;
	private Composite loadingPage;
	private Composite errorPage;
	private Composite contentPage;
	private Link badRowsLine;
	/** What the file's missing columns disable: a column is never dropped without a word. */
	private Label missingColumnsLine;
	private CTabFolder tabs;
	private EventsTab events;
	private StudentsTab students;
	private FlagsTab flags;
	private ActivityTab activity;
	private Page shown = Page.LOADING;
	private AccessData data;
	private LoadAccessLogJob loading;
	private boolean filled;
	private ClassDates classDates;
	private FindFlagsJob findingFlags;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (fileOf(input) == null) {
			throw new PartInitException(NLS.bind(AccessMessages.Editor_unsupportedInput, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	/** The local file behind a workspace file or a file opened from outside the workspace; null for anything else. */
	static Path fileOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			IFile file = fileInput.getFile();
			return file.getLocation() == null ? null : file.getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		pages = new PageBook(parent, SWT.NONE);
		HelpContexts.set(pages, HelpContexts.ACCESS_DATA_EDITOR);
		loadingPage = messagePage(pages);
		loadingLabel = new Label(loadingPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(loadingLabel);
		errorPage = messagePage(pages);
		Label errorTitle = new Label(errorPage, SWT.NONE);
		errorTitle.setText(AccessMessages.Editor_errorTitle);
		errorTitle.setFont(JFaceResources.getBannerFont());
		errorLabel = new Label(errorPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(errorLabel);
		contentPage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(contentPage);
		badRowsLine = new Link(contentPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(badRowsLine);
		badRowsLine.setVisible(false);
		badRowsLine.addListener(SWT.Selection, event -> showBadRows());
		missingColumnsLine = new Label(contentPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(missingColumnsLine);
		missingColumnsLine.setVisible(false);
		tabs = new CTabFolder(contentPage, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		events = new EventsTab(tabs, this);
		students = new StudentsTab(tabs);
		flags = new FlagsTab(tabs, this::showRowsOf, this::classDatesChanged);
		activity = new ActivityTab(tabs);
		tab(AccessMessages.Editor_events, events.control());
		tab(AccessMessages.Editor_students, students.control());
		tab(AccessMessages.Editor_flags, flags.control());
		tab(AccessMessages.Editor_activity, activity.control());
		tabs.setSelection(0);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		events.setMenu(menu.createContextMenu(events.control()));
		getSite().registerContextMenu(UiIds.ACCESS_EVENTS_MENU, menu, new NoSelection());
		load();
	}

	private void load() {
		Path file = fileOf(getEditorInput());
		loadingLabel.setText(NLS.bind(AccessMessages.Editor_loading, file.getFileName()));
		show(Page.LOADING);
		classDates = ClassDatesMemory.of(file).orElse(null);
		loading = new LoadAccessLogJob(file, classDates, result -> pages.getDisplay().asyncExec(() -> {
			if (!pages.isDisposed()) {
				loaded(result);
			}
		}));
		loading.schedule();
	}

	private void loaded(LoadAccessLogJob.Result result) {
		if (result.data() == null) {
			errorLabel.setText(result.error());
			show(Page.ERROR);
			return;
		}
		data = result.data();
		BadRows bad = data.log().badRows();
		if (bad.count() > 0) {
			BadRow first = bad.first().get(0);
			badRowsLine.setText(NLS.bind(AccessMessages.Editor_badRows, new Object[] {
					String.format("%,d", bad.count()), first.line(), first.reason(), bad.first().size() }));
			badRowsLine.setVisible(true);
			((org.eclipse.swt.layout.GridData) badRowsLine.getLayoutData()).exclude = false;
		}
		List<String> notes = data.log().notes();
		if (!notes.isEmpty()) {
			missingColumnsLine.setText(String.join(" ", notes));
			missingColumnsLine.setVisible(true);
			((org.eclipse.swt.layout.GridData) missingColumnsLine.getLayoutData()).exclude = false;
		}
		events.setData(data);
		show(Page.CONTENT);
		contentPage.layout(true, true);
		// one tab per turn of the event loop, so that no turn is long
		later(() -> students.setData(data));
		later(() -> flags.setData(data, classDates));
		later(() -> {
			activity.setData(data);
			filled = true;
		});
		setContentDescription(NLS.bind(AccessMessages.Editor_description, String.format("%,d", data.log().size()),
				data.students().size()));
	}

	/** The line naming the file's missing columns and what they disable; empty when none is missing. */
	String missingColumnsText() {
		return missingColumnsLine.isVisible() ? missingColumnsLine.getText() : "";
	}

	private void later(Runnable fill) {
		pages.getDisplay().asyncExec(() -> {
			if (!pages.isDisposed()) {
				fill.run();
			}
		});
	}

	private void show(Page page) {
		shown = page;
		pages.showPage(page == Page.LOADING ? loadingPage : page == Page.ERROR ? errorPage : contentPage);
	}

	private void showBadRows() {
		String lines = data.log().badRows().first().stream()
				.map(row -> NLS.bind(AccessMessages.Editor_badRow, row.line(), row.reason()))
				.collect(Collectors.joining("\n"));
		MessageDialog.openInformation(getSite().getShell(), AccessMessages.Editor_badRowsTitle, lines);
	}

	/** The user changed the class dates on the Flags tab: remember them for this file and look for flags again. */
	private void classDatesChanged(ClassDates dates) {
		if (Objects.equals(dates, classDates)) {
			return;
		}
		classDates = dates;
		ClassDatesMemory.remember(fileOf(getEditorInput()), dates);
		if (data == null) {
			return;
		}
		if (findingFlags != null) {
			findingFlags.cancel();
		}
		findingFlags = new FindFlagsJob(data.log(), dates, found -> later(() -> flagsFound(dates, found)));
		// a short delay: clicking through days in the date field asks once, not per click
		findingFlags.schedule(FLAGS_DELAY_MILLIS);
	}

	private void flagsFound(ClassDates askedFor, List<Flag> found) {
		if (!Objects.equals(askedFor, classDates)) {
			return; // the dates changed again; a newer search is on its way
		}
		findingFlags = null;
		data = data.withFlags(found);
		flags.setFlags(found);
	}

	private void showRowsOf(Flag flag) {
		events.showRows(flag.rows());
		tabs.setSelection(0);
	}

	/** Called by the Events tab when its rows changed, so that handlers' enablement follows. */
	void filteredRowsChanged() {
		firePropertyChange(PROP_TITLE);
		rowsChanged();
	}

	/** Copy, Export Filtered Rows… and Anonymised Export… are enabled only where they have rows to act on. */
	void rowsChanged() {
		IEvaluationService evaluation = getSite().getService(IEvaluationService.class);
		if (evaluation != null) {
			evaluation.requestEvaluation(AccessDataPropertyTester.HAS_SHOWN_ROWS);
			evaluation.requestEvaluation(AccessDataPropertyTester.HAS_SELECTED_ROWS);
		}
	}

	/** Whether the Events tab shows any row (after its filter). */
	public boolean hasShownRows() {
		return shown == Page.CONTENT && events.shownRows().length > 0;
	}

	/** Whether any row of the Events tab is selected. */
	public boolean hasSelectedRows() {
		return shown == Page.CONTENT && events.hasSelection();
	}

	/** Export Filtered Rows… / Anonymised Export…: asks where (and whether to replace), writes in a job. */
	public void exportFilteredRows(boolean anonymised) {
		if (data == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(anonymised ? AccessMessages.Export_anonymisedTitle : AccessMessages.Export_title);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
		Path source = fileOf(getEditorInput());
		String base = source.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
		dialog.setFileName(NLS.bind(anonymised ? AccessMessages.Export_anonymisedName : AccessMessages.Export_name,
				base));
		dialog.setFilterPath(source.getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			Path target = Path.of(chosen);
			if (Files.exists(target) && target.toAbsolutePath().equals(source.toAbsolutePath())) {
				MessageDialog.openError(getSite().getShell(), dialog.getText(), AccessMessages.Export_notTheSource);
				return;
			}
			export(target, anonymised);
		}
	}

	/** Writes the shown rows to the file in a job, replacing it; the caller has asked the user. */
	public ExportRowsJob export(Path target, boolean anonymised) {
		ExportRowsJob job = new ExportRowsJob(data.log(), events.shownRows().clone(), target, anonymised);
		job.schedule();
		return job;
	}

	/** Selects events by their position in the table, as a user's clicks would. */
	public void selectEvents(int from, int to) {
		events.table().setSelection(from, to);
		rowsChanged(); // a selection made in code sends no selection event
	}

	/** Copies the selected events as tab-separated text; false when no row is selected. */
	public boolean copySelection() {
		if (shown != Page.CONTENT || !events.hasSelection()) {
			return false;
		}
		Clipboard clipboard = new Clipboard(pages.getDisplay());
		try {
			clipboard.setContents(new Object[] { events.selectionAsText() },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		return true;
	}

	public Page shownPage() {
		return shown;
	}

	/** The loaded data, or null while loading or after a failure. */
	public AccessData data() {
		return data;
	}

	/** The rows the Events tab shows, in order. */
	public int[] shownRows() {
		return events.shownRows();
	}

	public boolean isBusy() {
		return shown == Page.LOADING || events.isBusy() || activity.isBusy() || !filled || findingFlags != null;
	}

	public String errorText() {
		return errorLabel.getText();
	}

	public void filterText(String filter) {
		events.filterText(filter);
	}

	public void filterStudent(String username) {
		events.filterStudent(username);
	}

	public void sortBy(int column, boolean ascending) {
		events.sortBy(column, ascending);
	}

	public void showFlag(Flag flag) {
		showRowsOf(flag);
	}

	public void selectTab(int index) {
		tabs.setSelection(index);
	}

	public void showActivityOf(String username) {
		activity.showStudent(username);
	}

	/** How many bars the Activity chart draws. */
	public int activityBars() {
		return activity.chart().barsDrawn();
	}

	/** How many rows the Students and Flags tabs show. */
	public int studentRows() {
		return students.viewer().getTree().getItemCount();
	}

	/** Sets the class dates on the Flags tab as a user would (null: flag off). */
	public void editClassDates(ClassDates dates) {
		flags.editClassDates(dates);
	}

	/** The class dates the Flags tab uses, or null. */
	public ClassDates classDates() {
		return classDates;
	}

	public int flagRows() {
		return flags.viewer().getTable().getItemCount();
	}

	@Override
	public void setFocus() {
		if (shown == Page.CONTENT) {
			tabs.getSelection().getControl().setFocus();
		} else {
			pages.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (loading != null) {
			loading.cancel();
		}
		if (findingFlags != null) {
			findingFlags.cancel();
		}
		super.dispose();
	}

	private void tab(String title, Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private static Composite messagePage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(page);
		return page;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only: the file stays as the user saved it
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** The Events table's menu has no selection-dependent contributions; the platform still wants a provider. */
	private static final class NoSelection implements ISelectionProvider {

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			// nothing changes
		}

		@Override
		public ISelection getSelection() {
			return StructuredSelection.EMPTY;
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			// nothing changes
		}

		@Override
		public void setSelection(ISelection selection) {
			// fixed
		}
	}
}
