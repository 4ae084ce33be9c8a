package codio.classdata.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.TextColumns;
import codio.classdata.workspace.ArchiveProblem;
import codio.classdata.workspace.DiscoveredWorkspace;
import codio.classdata.workspace.ScanWorkspacesOperation;
import codio.classdata.workspace.StackRecommender;
import codio.classdata.workspace.WorkspaceScan;

/**
 * The first page: the input, read in the wizard's progress area (cancellable, the UI stays live), and a checkable,
 * filterable list of the workspaces in it.
 */
final class SelectWorkspacesPage extends WizardPage {

	private static final String SETTING_INPUTS = "inputs";
	private static final int REMEMBERED_INPUTS = 10;
	private static final int TYPING_PAUSE_MILLIS = 600;

	private final ImportWorkspacesWizard wizard;
	private Combo inputCombo;
	private Text filterText;
	private CheckboxTableViewer viewer;
	private Label countLabel;
	private Path scannedInput;
	private List<ImportRow> rows = List.of();
	private boolean scannedOnce;

	SelectWorkspacesPage(ImportWorkspacesWizard wizard) {
		super("selectWorkspaces");
		this.wizard = wizard;
		setTitle(WizardMessages.SelectPage_title);
		setDescription(WizardMessages.SelectPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);

		new Label(page, SWT.NONE).setText(WizardMessages.SelectPage_input);
		inputCombo = new Combo(page, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(inputCombo);
		inputCombo.setItems(rememberedInputs());
		inputCombo.addListener(SWT.DefaultSelection, e -> scan(inputCombo.getText()));
		inputCombo.addListener(SWT.Selection, e -> scan(inputCombo.getText()));
		inputCombo.addListener(SWT.Modify, e -> scanWhenTypingPauses());
		Button browseArchive = new Button(page, SWT.PUSH);
		browseArchive.setText(WizardMessages.SelectPage_browseArchive);
		browseArchive.addListener(SWT.Selection, e -> browseArchive());
		Button browseFolder = new Button(page, SWT.PUSH);
		browseFolder.setText(WizardMessages.SelectPage_browseFolder);
		browseFolder.addListener(SWT.Selection, e -> browseFolder());

		filterText = new Text(page, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(WizardMessages.SelectPage_filter);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(filterText);
		filterText.addListener(SWT.Modify, e -> viewer.refresh());

		viewer = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(SWT.DEFAULT, 260).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(viewer, WizardMessages.SelectPage_student, 150, ImportRow.class,
				row -> row.workspace.student());
		TextColumns.add(viewer, WizardMessages.SelectPage_assignment, 180, ImportRow.class,
				row -> row.workspace.assignment());
		TextColumns.add(viewer, WizardMessages.SelectPage_files, 60, ImportRow.class,
				row -> Integer.toString(row.workspace.fileCount()));
		TextColumns.add(viewer, WizardMessages.SelectPage_size, 80, ImportRow.class,
				row -> size(row.workspace.totalBytes()));
		TextColumns.add(viewer, WizardMessages.SelectPage_languages, 140, ImportRow.class,
				row -> String.join(", ", row.workspace.languages()));
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((ImportRow) element, filterText.getText());
			}
		});
		viewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return ((ImportRow) element).selected;
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		viewer.addCheckStateListener(event -> {
			((ImportRow) event.getElement()).selected = event.getChecked();
			updateStatus();
		});

		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(buttons);
		Button selectAll = new Button(buttons, SWT.PUSH);
		selectAll.setText(WizardMessages.SelectPage_selectAll);
		selectAll.addListener(SWT.Selection, e -> setVisibleRowsSelected(true));
		Button deselectAll = new Button(buttons, SWT.PUSH);
		deselectAll.setText(WizardMessages.SelectPage_deselectAll);
		deselectAll.addListener(SWT.Selection, e -> setVisibleRowsSelected(false));
		countLabel = new Label(buttons, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(countLabel);

		if (wizard.initialInput() != null) {
			inputCombo.setText(wizard.initialInput().toString());
		}
		HelpContexts.set(page, HelpContexts.IMPORT_WIZARD);
		setControl(page);
		setMessage(WizardMessages.SelectPage_chooseInput);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !scannedOnce && wizard.initialInput() != null) {
			scannedOnce = true;
			// after the dialog is showing, so the scan runs in its progress area
			getShell().getDisplay().asyncExec(() -> {
				if (!inputCombo.isDisposed()) {
					scan(inputCombo.getText());
				}
			});
		} else if (visible) {
			inputCombo.setFocus();
		}
	}

	/** The rows the user chose, in input order. */
	List<ImportRow> selectedRows() {
		return rows.stream().filter(row -> row.selected).toList();
	}

	Path scannedInput() {
		return scannedInput;
	}

	/** Types a filter, as the user would. */
	void filter(String text) {
		filterText.setText(text);
	}

	/** For tests: the workspaces listed. */
	List<ImportRow> rows() {
		return rows;
	}

	/**
	 * Reads a typed path once typing pauses and it names an existing file. A folder waits for Enter: a pause at
	 * {@code /home} must not start reading a whole home folder.
	 */
	private void scanWhenTypingPauses() {
		String typed = inputCombo.getText();
		getShell().getDisplay().timerExec(TYPING_PAUSE_MILLIS, () -> {
			if (!inputCombo.isDisposed() && inputCombo.getText().equals(typed) && !typed.isBlank()
					&& isFile(typed.strip())) {
				scan(typed);
			}
		});
	}

	private static boolean isFile(String path) {
		try {
			return Files.isRegularFile(Path.of(path));
		} catch (java.nio.file.InvalidPathException e) {
			return false;
		}
	}

	/** Reads the input in the wizard's progress area; does nothing when it was read already. */
	void scan(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return;
		}
		Path input;
		try {
			input = Path.of(trimmed).toAbsolutePath().normalize();
		} catch (java.nio.file.InvalidPathException e) {
			setErrorMessage(NLS.bind(WizardMessages.SelectPage_missingInput, trimmed));
			return;
		}
		if (input.equals(scannedInput)) {
			return;
		}
		scannedInput = null;
		rows = List.of();
		viewer.setInput(rows);
		if (!Files.exists(input)) {
			setErrorMessage(NLS.bind(WizardMessages.SelectPage_missingInput, input));
			updateStatus();
			return;
		}
		AtomicReference<WorkspaceScan> result = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					ScanWorkspacesOperation operation = new ScanWorkspacesOperation(input)
							.knownStudents(wizard.knownStudents(monitor));
					result.set(operation.run(monitor));
				} catch (java.io.IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			setErrorMessage(NLS.bind(WizardMessages.SelectPage_scanFailed, input.getFileName(),
					e.getCause().getMessage()));
			updateStatus();
			return;
		} catch (InterruptedException e) {
			updateStatus();
			return;
		}
		show(result.get());
	}

	private void show(WorkspaceScan scan) {
		scannedInput = scan.input();
		remember(scan.input().toString());
		setErrorMessage(scan.workspaces().isEmpty() ? scan.noWorkspaceMessage() : null);
		StackRecommender recommender = new StackRecommender();
		List<ImportRow> found = new ArrayList<>();
		for (DiscoveredWorkspace workspace : scan.workspaces()) {
			found.add(new ImportRow(workspace, recommender.recommend(workspace.facts())));
		}
		rows = found;
		viewer.setInput(rows);
		List<ArchiveProblem> problems = scan.problems();
		if (!problems.isEmpty()) {
			ArchiveProblem first = problems.get(0);
			setMessage(NLS.bind(WizardMessages.SelectPage_skipped, problems.size(),
					NLS.bind(WizardMessages.SelectPage_skippedDetails, first.entry(), first.message())),
					IMessageProvider.WARNING);
		} else {
			setMessage(WizardMessages.SelectPage_description);
		}
		wizard.inputScanned(scan);
		updateStatus();
	}

	private void updateStatus() {
		long selected = rows.stream().filter(row -> row.selected).count();
		countLabel.setText(NLS.bind(WizardMessages.SelectPage_count, selected, rows.size()));
		countLabel.getParent().layout();
		boolean complete = scannedInput != null && selected > 0;
		if (scannedInput != null && !rows.isEmpty() && selected == 0) {
			setErrorMessage(WizardMessages.SelectPage_noneSelected);
		} else if (scannedInput != null && !rows.isEmpty()) {
			setErrorMessage(null);
		}
		setPageComplete(complete);
	}

	/** Select All / Deselect All: the rows the filter shows. */
	void setVisibleRowsSelected(boolean selected) {
		for (ImportRow row : rows) {
			if (matches(row, filterText.getText())) {
				row.selected = selected;
			}
		}
		viewer.refresh();
		updateStatus();
	}

	private static boolean matches(ImportRow row, String filter) {
		if (filter.isBlank()) {
			return true;
		}
		String needle = filter.strip().toLowerCase(Locale.ROOT);
		DiscoveredWorkspace workspace = row.workspace;
		return workspace.student().toLowerCase(Locale.ROOT).contains(needle)
				|| workspace.assignment().toLowerCase(Locale.ROOT).contains(needle)
				|| String.join(" ", workspace.languages()).toLowerCase(Locale.ROOT).contains(needle);
	}

	private void browseArchive() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.zip;*.tar;*.tar.gz;*.tgz;*.tar.zst;*.tzst", "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			inputCombo.setText(chosen);
			scan(chosen);
		}
	}

	private void browseFolder() {
		String chosen = new DirectoryDialog(getShell()).open();
		if (chosen != null) {
			inputCombo.setText(chosen);
			scan(chosen);
		}
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}

	private String[] rememberedInputs() {
		IDialogSettings settings = wizard.getDialogSettings();
		String[] inputs = settings == null ? null : settings.getArray(SETTING_INPUTS);
		return inputs == null ? new String[0] : inputs;
	}

	private void remember(String input) {
		IDialogSettings settings = wizard.getDialogSettings();
		if (settings == null) {
			return;
		}
		Set<String> inputs = new LinkedHashSet<>();
		inputs.add(input);
		inputs.addAll(Arrays.asList(rememberedInputs()));
		settings.put(SETTING_INPUTS, inputs.stream().limit(REMEMBERED_INPUTS).toArray(String[]::new));
	}
}
