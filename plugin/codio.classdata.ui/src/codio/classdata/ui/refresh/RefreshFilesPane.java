package codio.classdata.ui.refresh;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.compare.CompareUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import codio.classdata.review.FileRefresh;
import codio.classdata.review.FileRefresh.Action;
import codio.classdata.review.ProjectRefresh;
import codio.classdata.ui.TextColumns;

/**
 * The lower half of the Changes page: the selected project's files, what the refresh does to each in words, and
 * the three ways to settle a conflict. A decision only records the content the refresh will write
 * ({@link ProjectRefresh#resolve}); nothing touches the project before Finish.
 */
final class RefreshFilesPane {

	/** How the user settled a conflict, to say so in the table. */
	enum Decision {
		MINE, STUDENTS, MERGED
	}

	private final IRunnableContext context;
	private final Runnable decided;
	private final Map<FileRefresh, Decision> decisions = new IdentityHashMap<>();
	private final Label heading;
	private final TableViewer files;
	private final Button merge;
	private final Button mine;
	private final Button students;
	private ProjectRefresh shown;

	/**
	 * @param context where files are read (the wizard's container: off the UI thread, with progress)
	 * @param decided told after each decision
	 */
	RefreshFilesPane(Composite parent, IRunnableContext context, Runnable decided) {
		this.context = context;
		this.decided = decided;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		heading = new Label(body, SWT.NONE);
		heading.setText(RefreshMessages.Changes_noProject);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(heading);
		files = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		files.getTable().setHeaderVisible(true);
		files.getTable().setLinesVisible(true);
		files.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(files, RefreshMessages.Column_file, 220, FileRefresh.class, FileRefresh::path);
		TextColumns.add(files, RefreshMessages.Column_action, 280, FileRefresh.class, this::describe);
		TextColumns.add(files, RefreshMessages.Column_lines, 80, FileRefresh.class,
				file -> NLS.bind(RefreshMessages.Column_linesValue, file.linesAdded(), file.linesRemoved()));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(files.getControl());
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		merge = button(buttons, RefreshMessages.Button_merge, RefreshMessages.Button_merge_tooltip);
		mine = button(buttons, RefreshMessages.Button_mine, RefreshMessages.Button_mine_tooltip);
		students = button(buttons, RefreshMessages.Button_students, RefreshMessages.Button_students_tooltip);
		merge.addListener(SWT.Selection, event -> mergeSelected());
		mine.addListener(SWT.Selection, event -> decideSelected(Decision.MINE));
		students.addListener(SWT.Selection, event -> decideSelected(Decision.STUDENTS));
		files.addSelectionChangedListener(event -> updateButtons());
		files.addDoubleClickListener(event -> mergeSelected());
		updateButtons();
	}

	private static Button button(Composite parent, String text, String tooltip) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		return button;
	}

	/** Shows a project's files, or nothing. */
	void show(ProjectRefresh refresh) {
		shown = refresh;
		heading.setText(refresh == null ? RefreshMessages.Changes_noProject
				: NLS.bind(RefreshMessages.Changes_files, refresh.project().getName()));
		heading.getParent().layout();
		files.setInput(refresh == null ? List.of() : refresh.files());
		FileRefresh firstConflict = refresh == null ? null
				: refresh.files().stream().filter(file -> file.action() == Action.CONFLICT).findFirst().orElse(null);
		Table table = files.getTable();
		table.setTopIndex(0);
		if (firstConflict != null) {
			files.setSelection(new StructuredSelection(firstConflict), false);
			// revealed only once the table has a size: GTK scrolls a table of no height past its rows for good
			if (table.getClientArea().height > 0) {
				table.showSelection();
			}
		}
		updateButtons();
	}

	/** What happens to a file, in words; a settled conflict says how. */
	String describe(FileRefresh file) {
		return switch (file.action()) {
		case ADD -> RefreshMessages.Action_add;
		case UPDATE -> RefreshMessages.Action_update;
		case MERGE -> RefreshMessages.Action_merge;
		case DELETE -> RefreshMessages.Action_delete;
		case KEEP -> RefreshMessages.Action_keep;
		case CONFLICT -> {
			Decision decision = decisions.get(file);
			yield decision == null ? RefreshMessages.Action_conflict : switch (decision) {
			case MINE -> RefreshMessages.Action_mine;
			case STUDENTS -> RefreshMessages.Action_students;
			case MERGED -> RefreshMessages.Action_merged;
			};
		}
		};
	}

	private List<FileRefresh> selectedConflicts() {
		return files.getStructuredSelection().stream().filter(FileRefresh.class::isInstance)
				.map(FileRefresh.class::cast).filter(file -> file.action() == Action.CONFLICT).toList();
	}

	private void updateButtons() {
		List<FileRefresh> conflicts = selectedConflicts();
		merge.setEnabled(conflicts.size() == 1);
		mine.setEnabled(!conflicts.isEmpty());
		students.setEnabled(!conflicts.isEmpty());
	}

	/** Keep Mine or Take Student's for every selected conflict. */
	void decideSelected(Decision decision) {
		ProjectRefresh refresh = shown;
		for (FileRefresh file : selectedConflicts()) {
			Path source = decision == Decision.MINE ? projectFile(refresh, file) : file.incoming();
			byte[][] content = new byte[1][];
			try {
				context.run(true, false, monitor -> {
					try {
						content[0] = source != null && Files.isRegularFile(source) ? Files.readAllBytes(source)
								: null; // absent on that side: the file is deleted
					} catch (IOException e) {
						throw new InvocationTargetException(e);
					}
				});
			} catch (InvocationTargetException e) {
				MessageDialog.openError(files.getControl().getShell(), RefreshMessages.Wizard_title,
						NLS.bind(RefreshMessages.Read_failed, file.path(), e.getCause().getMessage()));
				return;
			} catch (InterruptedException e) {
				return; // not cancelable: cannot happen
			}
			refresh.resolve(file.path(), content[0]);
			decisions.put(file, decision);
		}
		afterDecision();
	}

	private void mergeSelected() {
		List<FileRefresh> conflicts = selectedConflicts();
		if (conflicts.size() != 1) {
			return;
		}
		ProjectRefresh refresh = shown;
		ConflictCompareInput input = new ConflictCompareInput(refresh.project().getName(), conflicts.get(0),
				projectFile(refresh, conflicts.get(0)));
		CompareUI.openCompareDialog(input); // modal: returns when the user closed it
		settle(refresh, input);
	}

	/** Makes what the user saved in the three-way compare the conflict's resolution; false when nothing was. */
	boolean settle(ProjectRefresh refresh, ConflictCompareInput input) {
		byte[] edited = input.edited();
		if (edited == null) {
			return false;
		}
		refresh.resolve(input.file().path(), edited);
		decisions.put(input.file(), Decision.MERGED);
		afterDecision();
		return true;
	}

	private void afterDecision() {
		files.refresh();
		updateButtons();
		decided.run();
	}

	static Path projectFile(ProjectRefresh refresh, FileRefresh file) {
		return refresh.project().getFile(file.path()).getLocation().toPath();
	}

	/** For tests. */
	TableViewer filesViewer() {
		return files;
	}

	/** For tests. */
	Table table() {
		return files.getTable();
	}
}
