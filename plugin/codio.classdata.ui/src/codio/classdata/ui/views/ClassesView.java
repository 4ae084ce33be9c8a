package codio.classdata.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

import codio.classdata.api.ConnectionSettings;
import codio.classdata.api.Course;
import codio.classdata.api.ExportKind;
import codio.classdata.export.ExportLink;
import codio.classdata.export.FileNames;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.Messages;
import codio.classdata.ui.Problems;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.access.AccessDataOpener;
import codio.classdata.ui.jobs.BackupJob;
import codio.classdata.ui.jobs.DownloadJob;
import codio.classdata.ui.jobs.ExportJob;
import codio.classdata.ui.wizards.ImportWizardLauncher;

/**
 * The Codio Classes view: the organisation's classes with their modules and assignments. A page book shows the
 * state: not signed in, loading, empty, error, or the filtered tree. Loading runs in a {@link LoadClassesJob};
 * a new reload cancels the one in flight instead of piling up.
 */
public final class ClassesView extends ViewPart {

	/** Which page the view shows. */
	enum Page {
		SIGN_IN, LOADING, EMPTY, ERROR, CLASSES
	}


	private PageBook pages;
	private Composite signInPage;
	private Composite loadingPage;
	private Label loadingLabel;
	private Composite emptyPage;
	private Link emptyLink;
	private Composite errorPage;
	private Label errorMessage;
	private FilteredTree filteredTree;
	private ClassesLabelProvider labelProvider;
	private LoadClassesJob runningLoad;
	private boolean hasShownClasses;
	private Page shownPage;
	private ExportLinkCache links;
	private List<Course> allCourses = List.of();
	private boolean showArchived;
	private ClassesViewState restoredState;
	private static final String SHOW_ARCHIVED_COMMAND = "codio.classdata.ui.commands.showArchived";

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		restoredState = ClassesViewState.restore(memento);
		showArchived = restoredState.showArchived();
	}

	@Override
	public void saveState(IMemento memento) {
		boolean hasTree = filteredTree != null && !filteredTree.isDisposed();
		ClassesViewState.save(memento, showArchived, hasTree ? filteredTree.getFilterControl().getText() : "",
				hasTree ? filteredTree.getViewer().getExpandedElements() : new Object[0]);
	}

	@Override
	public void createPartControl(Composite parent) {
		pages = new PageBook(parent, SWT.NONE);
		HelpContexts.set(pages, HelpContexts.CLASSES_VIEW);
		signInPage = messagePage(pages);
		link(signInPage, Messages.ClassesView_signIn);
		loadingPage = messagePage(pages);
		loadingLabel = new Label(loadingPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(loadingLabel);
		emptyPage = messagePage(pages);
		emptyLink = link(emptyPage, "");
		errorPage = createErrorPage(pages);
		Display display = parent.getDisplay();
		links = new ExportLinkCache(courseId -> display.asyncExec(() -> refreshLinksOf(courseId)));
		filteredTree = createTree(pages);
		getSite().setSelectionProvider(filteredTree.getViewer());
		ImportDropSupport.install(filteredTree.getViewer(), this::classOf);
		createContextMenu();
		syncShowArchivedToggle();
		if (!restoredState.filter().isEmpty()) {
			filteredTree.getFilterControl().setText(restoredState.filter());
		}
		reload();
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		Control tree = filteredTree.getViewer().getControl();
		tree.setMenu(menu.createContextMenu(tree));
		getSite().registerContextMenu(menu, filteredTree.getViewer());
	}

	/** The view menu's toggle shows the state this view restored. */
	private void syncShowArchivedToggle() {
		org.eclipse.ui.commands.ICommandService commands = getSite()
				.getService(org.eclipse.ui.commands.ICommandService.class);
		org.eclipse.core.commands.State state = commands.getCommand(SHOW_ARCHIVED_COMMAND)
				.getState(org.eclipse.ui.handlers.RegistryToggleState.STATE_ID);
		if (state != null) {
			state.setValue(showArchived);
		}
	}

	/** Whether archived classes are listed (the view menu's toggle). */
	public boolean showsArchived() {
		return showArchived;
	}

	public void setShowArchived(boolean show) {
		showArchived = show;
		if (hasShownClasses) {
			showClasses(new ClassesLoadResult.Loaded(lastServer, allCourses));
		}
	}

	/** Reloads one class's export links (after an export started or finished, or a download). */
	public void reloadLinks(String courseId) {
		if (links != null) {
			links.reload(courseId);
		}
	}

	/** The links of a class as the tree shows them now, for tests. */
	ExportLinkCache.State linksOf(String courseId) {
		return links.state(courseId);
	}

	private void refreshLinksOf(String courseId) {
		if (filteredTree == null || filteredTree.isDisposed()) {
			return;
		}
		TreeViewer viewer = filteredTree.getViewer();
		for (Course course : allCourses) {
			if (course.id().equals(courseId)) {
				viewer.refresh(new ClassFolder(course, ClassFolder.Kind.EXPORTS));
			}
		}
	}

	/** Loads the classes again (Refresh, Retry, changed settings). Safe to call from the UI thread only. */
	public void reload() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		if (runningLoad != null) {
			runningLoad.cancel();
		}
		CodioSession.reset();
		links.clear();
		if (!hasShownClasses) {
			loadingLabel.setText(NLS.bind(Messages.ClassesView_loading, serverName()));
			showPage(loadingPage, Page.LOADING);
		}
		LoadClassesJob job = new LoadClassesJob(result -> pages.getDisplay().asyncExec(() -> show(result)));
		runningLoad = job;
		job.schedule();
	}

	private void showPage(Control page, Page which) {
		pages.showPage(page);
		shownPage = which;
	}

	/** The page shown, for tests. */
	Page shownPage() {
		return shownPage;
	}

	/** The error shown on the error page, for tests. */
	String errorMessage() {
		return errorMessage.getText();
	}

	/** The classes shown, for tests. */
	TreeViewer viewer() {
		return filteredTree.getViewer();
	}

	private void show(ClassesLoadResult result) {
		if (pages.isDisposed()) {
			return;
		}
		if (result instanceof ClassesLoadResult.NotSignedIn) {
			hasShownClasses = false;
			setContentDescription("");
			showPage(signInPage, Page.SIGN_IN);
		} else if (result instanceof ClassesLoadResult.Failed failed) {
			errorMessage.setText(failed.message());
			errorPage.layout(true, true);
			showPage(errorPage, Page.ERROR);
		} else if (result instanceof ClassesLoadResult.Loaded loaded) {
			showClasses(loaded);
		}
	}

	private String lastServer = "";

	private void showClasses(ClassesLoadResult.Loaded loaded) {
		allCourses = loaded.courses();
		lastServer = loaded.server();
		if (allCourses.isEmpty()) {
			hasShownClasses = false;
			emptyLink.setText(NLS.bind(Messages.ClassesView_empty, loaded.server()));
			emptyPage.layout(true, true);
			setContentDescription("");
			showPage(emptyPage, Page.EMPTY);
			return;
		}
		List<Course> shown = showArchived ? allCourses : allCourses.stream().filter(c -> !c.archived()).toList();
		TreeViewer viewer = filteredTree.getViewer();
		Object[] expanded = hasShownClasses ? viewer.getExpandedElements() : restoredState.takeExpansion(shown);
		viewer.setInput(shown);
		viewer.setExpandedElements(expanded);
		long archived = allCourses.stream().filter(Course::archived).count();
		setContentDescription(showArchived ? NLS.bind(Messages.ClassesView_summary, allCourses.size(), archived)
				: NLS.bind(Messages.ClassesView_summaryActive, shown.size(), archived));
		hasShownClasses = true;
		showPage(filteredTree, Page.CLASSES);
	}

	private FilteredTree createTree(Composite parent) {
		labelProvider = new ClassesLabelProvider(java.time.Clock.systemUTC());
		PatternFilter filter = new PatternFilter() {
			@Override
			protected boolean isLeafMatch(Viewer viewer, Object element) {
				return wordMatches(labelProvider.getText(element));
			}
		};
		FilteredTree tree = new FilteredTree(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL, filter, true, true);
		tree.getFilterControl().setMessage(Messages.ClassesView_filter);
		TreeViewer viewer = tree.getViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ClassesContentProvider(links));
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labelProvider));
		viewer.addDoubleClickListener(event -> {
			Object element = viewer.getStructuredSelection().getFirstElement();
			if (element instanceof ExportLink link && link.status() == ExportLink.Status.READY) {
				openOrDownload(link);
			} else if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		return tree;
	}

	/** A ready link: reveal its file when it was saved and is still there, else download it. */
	private void openOrDownload(ExportLink link) {
		Optional<Path> saved = link.downloadedTo().map(Path::of)
				.filter(Files::isRegularFile);
		if (saved.isPresent()) {
			org.eclipse.swt.program.Program.launch(saved.get().getParent().toString());
		} else {
			download(link);
		}
	}

	/** Downloads a ready link into the download folder of the preferences. */
	public DownloadJob download(ExportLink link) {
		return download(link, file -> {
		});
	}

	/**
	 * Download and Import Student Workspaces…: the import wizard on the link's saved file, downloaded first when it
	 * is not on disk (any more).
	 */
	public void downloadAndImport(ExportLink link) {
		Course course = courseOf(link.courseId());
		Optional<Path> saved = link.downloadedTo().map(Path::of)
				.filter(Files::isRegularFile);
		if (saved.isPresent()) {
			ImportWizardLauncher.open(getSite().getShell(), saved.get(), course);
		} else {
			download(link, file -> {
				if (!pages.isDisposed()) {
					ImportWizardLauncher.open(getSite().getShell(), file, course);
				}
			});
		}
	}

	/** @param thenOnUiThread what to do with the saved file, on the UI thread */
	private DownloadJob download(ExportLink link, Consumer<Path> thenOnUiThread) {
		Course course = courseOf(link.courseId());
		String name = course == null ? null
				: FileNames.forExport(course.name(), link.kind(), link.url());
		Display display = pages.getDisplay();
		DownloadJob job = DownloadJob.ofExport(link.url(), name, link.kind(), course,
				file -> display.asyncExec(() -> {
					reloadLinks(link.courseId());
					thenOnUiThread.accept(file);
				}));
		job.schedule();
		return job;
	}

	private Course courseOf(String courseId) {
		return allCourses.stream().filter(c -> c.id().equals(courseId)).findFirst().orElse(null);
	}

	/** The class a tree element belongs to, or null. */
	private Course classOf(Object element) {
		if (element instanceof Course course) {
			return course;
		}
		if (element instanceof ClassFolder folder) {
			return folder.course();
		}
		if (element instanceof ModuleNode module) {
			return module.course();
		}
		if (element instanceof AssignmentNode assignment) {
			return assignment.course();
		}
		return element instanceof ExportLink link ? courseOf(link.courseId()) : null;
	}

	/** Backs up every class the view lists (archived ones too when shown) into the folder. */
	public BackupJob backUpAll(Path folder) {
		List<Course> shown = showArchived ? allCourses : allCourses.stream().filter(c -> !c.archived()).toList();
		BackupJob job = new BackupJob(shown, folder);
		job.schedule();
		return job;
	}

	/** Starts an export of the class; {@code fetch} downloads it as soon as it is ready. */
	public ExportJob startExport(Course course, ExportKind kind, boolean fetch) {
		Display display = pages.getDisplay();
		ExportJob job = new ExportJob(course, kind, fetch, courseId -> display.asyncExec(() -> {
			if (pages.isDisposed()) {
				return;
			}
			reloadLinks(courseId);
			TreeViewer viewer = filteredTree.getViewer();
			viewer.setExpandedState(course, true);
			viewer.setExpandedState(new ClassFolder(course, ClassFolder.Kind.EXPORTS), true);
		}), file -> {
			if (kind == ExportKind.ACCESS) {
				display.asyncExec(() -> openAccessData(file, course));
			}
		});
		job.schedule();
		return job;
	}

	/** A fetched access CSV opens in the Access Data editor; the file stays saved even if it cannot open. */
	private void openAccessData(Path file, Course course) {
		try {
			AccessDataOpener.open(file, course);
		} catch (PartInitException e) {
			Problems.show(e.getMessage(), e);
		}
	}

	private Composite createErrorPage(Composite parent) {
		Composite page = messagePage(parent);
		Label title = new Label(page, SWT.WRAP);
		title.setText(Messages.ClassesView_errorTitle);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
		errorMessage = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(errorMessage);
		link(page, Messages.ClassesView_errorActions);
		return page;
	}

	private static Composite messagePage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 8).spacing(0, 8).applyTo(page);
		return page;
	}

	private Link link(Composite page, String text) {
		Link link = new Link(page, SWT.WRAP);
		link.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(link);
		link.addSelectionListener(org.eclipse.swt.events.SelectionListener.widgetSelectedAdapter(this::linkActivated));
		return link;
	}

	private void linkActivated(SelectionEvent event) {
		if ("refresh".equals(event.text)) {
			reload();
		} else if ("preferences".equals(event.text)) {
			PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), UiIds.PREFERENCE_PAGE,
					new String[] { UiIds.PREFERENCE_PAGE }, null).open();
		}
	}

	private static String serverName() {
		try {
			return LoadClassesJob.hostOf(ConnectionSettings.load().endpoints().apiBaseUrl());
		} catch (IllegalArgumentException e) {
			return "Codio";
		}
	}

	@Override
	public void setFocus() {
		Control current = filteredTree != null && hasShownClasses ? filteredTree.getFilterControl() : pages;
		if (current != null && !current.isDisposed()) {
			current.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (runningLoad != null) {
			runningLoad.cancel();
		}
		if (links != null) {
			links.dispose();
		}
		super.dispose();
	}
}
