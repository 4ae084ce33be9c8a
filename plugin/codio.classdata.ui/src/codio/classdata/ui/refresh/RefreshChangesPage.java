package codio.classdata.ui.refresh;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import codio.classdata.review.ProjectRefresh;
import codio.classdata.review.RefreshPlan;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.TextColumns;
import codio.classdata.workspace.DiscoveredWorkspace;

/**
 * The second page: one row per selected project (what the student changed and what the refresh will do), the
 * export's students with no project yet (imported as new projects when checked), and below, the selected project's
 * files with the conflicts to settle. Projects with undecided conflicts are left as they are; the page says so.
 */
final class RefreshChangesPage extends WizardPage {

	private RefreshPlan plan;
	private Label summary;
	private TableViewer projects;
	private CheckboxTableViewer newStudents;
	private Label newStudentsLabel;
	private RefreshFilesPane files;

	RefreshChangesPage() {
		super("changes");
		setTitle(RefreshMessages.Changes_title);
		setDescription(RefreshMessages.Changes_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 460).applyTo(sash);

		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(top);
		new Label(top, SWT.NONE).setText(RefreshMessages.Changes_projects);
		projects = new TableViewer(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		projects.getTable().setHeaderVisible(true);
		projects.getTable().setLinesVisible(true);
		projects.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(projects, RefreshMessages.Column_project, 170, Object.class,
				row -> projectOf(row).getName());
		TextColumns.add(projects, RefreshMessages.Column_student, 110, Object.class,
				row -> row instanceof ProjectRefresh refresh ? refresh.student() : "");
		TextColumns.add(projects, RefreshMessages.Column_files, 235, Object.class,
				row -> row instanceof ProjectRefresh refresh ? String.valueOf(refresh.studentFiles()) : "");
		TextColumns.add(projects, RefreshMessages.Column_lines, 80, Object.class,
				row -> row instanceof ProjectRefresh refresh ? NLS.bind(RefreshMessages.Column_linesValue,
						refresh.studentLinesAdded(), refresh.studentLinesRemoved()) : "");
		TextColumns.add(projects, RefreshMessages.Column_status, 190, Object.class, RefreshChangesPage::status);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 100).applyTo(projects.getControl());
		projects.addSelectionChangedListener(event -> files.show(
				projects.getStructuredSelection().getFirstElement() instanceof ProjectRefresh refresh ? refresh
						: null));

		newStudentsLabel = new Label(top, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(newStudentsLabel);
		newStudents = CheckboxTableViewer.newCheckList(top, SWT.BORDER);
		newStudents.setContentProvider(ArrayContentProvider.getInstance());
		newStudents.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((DiscoveredWorkspace) element).displayName();
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(newStudents.getControl());

		files = new RefreshFilesPane(sash, getContainer(), this::decided);
		sash.setWeights(3, 2);
		setControl(body);
		HelpContexts.set(body, HelpContexts.REFRESH_WIZARD);
		if (plan != null) {
			show(plan);
		}
	}

	/** Shows a plan worked out from the first page's export. */
	void show(RefreshPlan shownPlan) {
		plan = shownPlan;
		if (projects == null) {
			return; // shown when the page is made
		}
		List<Object> rows = new ArrayList<>(plan.projects());
		rows.addAll(plan.notInExport());
		projects.setInput(rows);
		newStudents.setInput(plan.newStudents());
		newStudents.setAllChecked(true);
		newStudents.getControl().setEnabled(!plan.newStudents().isEmpty());
		newStudentsLabel.setText(plan.newStudents().isEmpty() ? RefreshMessages.Changes_noNewStudents
				: RefreshMessages.Changes_newStudents);
		ProjectRefresh first = plan.projects().stream().filter(each -> !each.unresolved().isEmpty()).findFirst()
				.orElse(plan.projects().isEmpty() ? null : plan.projects().get(0));
		if (first != null) {
			projects.setSelection(new StructuredSelection(first), true);
		} else {
			files.show(null);
		}
		updateSummary();
	}

	private void decided() {
		projects.refresh();
		updateSummary();
	}

	private void updateSummary() {
		int undecided = plan.unresolvedConflicts();
		long inProjects = plan.projects().stream().filter(each -> !each.unresolved().isEmpty()).count();
		summary.setText(undecided == 0 ? RefreshMessages.Changes_allDecided
				: NLS.bind(RefreshMessages.Changes_undecided, undecided, inProjects));
		summary.getParent().layout();
	}

	private static IProject projectOf(Object row) {
		return row instanceof ProjectRefresh refresh ? refresh.project() : (IProject) row;
	}

	/** Will update, Unchanged, N conflicts, or Not in export. */
	static String status(Object row) {
		if (!(row instanceof ProjectRefresh refresh)) {
			return RefreshMessages.Status_notInExport;
		}
		int open = refresh.unresolved().size();
		String status = open == 0 ? refresh.changes() ? RefreshMessages.Status_willUpdate
				: RefreshMessages.Status_unchanged
				: open == 1 ? RefreshMessages.Status_oneConflict : NLS.bind(RefreshMessages.Status_conflicts, open);
		return refresh.baseKnown() ? status : status + RefreshMessages.Status_noBase;
	}

	/** The new students the user left checked. */
	List<DiscoveredWorkspace> checkedNewStudents() {
		if (newStudents == null) {
			return List.of();
		}
		return List.of(newStudents.getCheckedElements()).stream().map(DiscoveredWorkspace.class::cast).toList();
	}

	/** For tests. */
	TableViewer projectsViewer() {
		return projects;
	}

	/** For tests. */
	CheckboxTableViewer newStudentsViewer() {
		return newStudents;
	}

	/** For tests. */
	RefreshFilesPane files() {
		return files;
	}

	/** For tests. */
	String summaryText() {
		return summary.getText();
	}
}
