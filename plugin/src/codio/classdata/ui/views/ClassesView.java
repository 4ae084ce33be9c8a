package codio.classdata.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

import codio.classdata.api.Course;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.ui.Messages;
import codio.classdata.ui.UiIds;

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

	@Override
	public void createPartControl(Composite parent) {
		pages = new PageBook(parent, SWT.NONE);
		signInPage = messagePage(pages);
		link(signInPage, Messages.ClassesView_signIn);
		loadingPage = messagePage(pages);
		loadingLabel = new Label(loadingPage, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(loadingLabel);
		emptyPage = messagePage(pages);
		emptyLink = link(emptyPage, "");
		errorPage = createErrorPage(pages);
		filteredTree = createTree(pages);
		getSite().setSelectionProvider(filteredTree.getViewer());
		reload();
	}

	/** Loads the classes again (Refresh, Retry, changed settings). Safe to call from the UI thread only. */
	public void reload() {
		if (pages == null || pages.isDisposed()) {
			return;
		}
		if (runningLoad != null) {
			runningLoad.cancel();
		}
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

	private void showClasses(ClassesLoadResult.Loaded loaded) {
		List<Course> courses = loaded.courses();
		if (courses.isEmpty()) {
			hasShownClasses = false;
			emptyLink.setText(NLS.bind(Messages.ClassesView_empty, loaded.server()));
			emptyPage.layout(true, true);
			setContentDescription("");
			showPage(emptyPage, Page.EMPTY);
			return;
		}
		TreeViewer viewer = filteredTree.getViewer();
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(courses);
		viewer.setExpandedElements(expanded);
		long archived = courses.stream().filter(Course::archived).count();
		setContentDescription(NLS.bind(Messages.ClassesView_summary, courses.size(), archived));
		hasShownClasses = true;
		showPage(filteredTree, Page.CLASSES);
	}

	private FilteredTree createTree(Composite parent) {
		labelProvider = new ClassesLabelProvider();
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
		viewer.setContentProvider(new ClassesContentProvider());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labelProvider));
		viewer.addDoubleClickListener(event -> {
			Object element = viewer.getStructuredSelection().getFirstElement();
			if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		return tree;
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
		super.dispose();
	}
}
