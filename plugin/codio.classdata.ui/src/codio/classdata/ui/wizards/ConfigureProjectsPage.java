package codio.classdata.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import codio.classdata.api.CodioClient;
import codio.classdata.api.StackInfo;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.TextColumns;
import codio.classdata.workspace.CodioStack;
import codio.classdata.workspace.ProjectNameTemplate;
import codio.classdata.workspace.StackCatalogue;

/**
 * The second page: the project name (from a template, or typed) and the Codio stack of each chosen workspace,
 * the recommended one marked; one stack can be applied to all, and a stack id pasted from Codio is looked up.
 */
final class ConfigureProjectsPage extends WizardPage {

	private static final String SETTING_TEMPLATE = "nameTemplate";
	private static final String SETTING_FETCH_SOURCES = "fetchSources";
	private static final String SECTION_STACK_BY_CLASS = "stackByClass";

	private final ImportWorkspacesWizard wizard;
	private final StackCatalogue catalogue = StackCatalogue.certified();
	private final List<CodioStack> stacks = new ArrayList<>(catalogue.stacks());
	/** Keys of the names taken in the workspace (projects and folders), read when the page is entered. */
	private Set<String> takenNames = Set.of();
	private List<ImportRow> rows = List.of();
	private Text templateText;
	private Combo allStacksCombo;
	private Text otherStackText;
	private TableViewer viewer;
	private ComboBoxViewerCellEditor stackEditor;
	private Button workingSetButton;
	private Text workingSetText;
	private Button sourcesButton;
	private Text sourcesText;
	private Button sourcesBrowse;

	ConfigureProjectsPage(ImportWorkspacesWizard wizard) {
		super("configureProjects");
		this.wizard = wizard;
		setTitle(WizardMessages.ConfigurePage_title);
		setDescription(WizardMessages.ConfigurePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText(WizardMessages.ConfigurePage_template);
		templateText = new Text(page, SWT.BORDER);
		templateText.setText(savedTemplate());
		templateText.setMessage(WizardMessages.ConfigurePage_templateHint);
		templateText.setToolTipText(WizardMessages.ConfigurePage_templateHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(templateText);
		templateText.addListener(SWT.Modify, e -> applyTemplate());

		new Label(page, SWT.NONE).setText(WizardMessages.ConfigurePage_applyStack);
		allStacksCombo = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(allStacksCombo);
		Button apply = new Button(page, SWT.PUSH);
		apply.setText(WizardMessages.ConfigurePage_apply);
		apply.addListener(SWT.Selection, e -> applyStackToAll());

		new Label(page, SWT.NONE).setText(WizardMessages.ConfigurePage_otherStack);
		otherStackText = new Text(page, SWT.BORDER);
		otherStackText.setMessage(WizardMessages.ConfigurePage_otherStackHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(otherStackText);
		Button add = new Button(page, SWT.PUSH);
		add.setText(WizardMessages.ConfigurePage_addStack);
		add.addListener(SWT.Selection, e -> addOtherStack());
		otherStackText.addListener(SWT.DefaultSelection, e -> addOtherStack());

		viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 240).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		TableViewerColumn project = TextColumns.add(viewer, WizardMessages.ConfigurePage_project, 200, ImportRow.class,
				row -> row.projectName);
		project.setEditingSupport(new ProjectNameEditing());
		TableViewerColumn stack = TextColumns.add(viewer, WizardMessages.ConfigurePage_stack, 170, ImportRow.class,
				row -> stackLabel(row, row.stack));
		stackEditor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
		stackEditor.setContentProvider(ArrayContentProvider.getInstance());
		stack.setEditingSupport(new StackEditing());
		TextColumns.add(viewer, WizardMessages.ConfigurePage_why, 300, ImportRow.class,
				row -> row.recommendation.reason());

		workingSetButton = new Button(page, SWT.CHECK);
		workingSetButton.setText(WizardMessages.ConfigurePage_workingSet);
		workingSetText = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(workingSetText);
		workingSetText.setEnabled(false);
		workingSetButton.addListener(SWT.Selection, e -> workingSetText.setEnabled(workingSetButton.getSelection()));
		createSourcesOption(page);

		HelpContexts.set(page, HelpContexts.IMPORT_WIZARD);
		setControl(page);
	}

	/**
	 * "Also fetch the assignments' published sources": from Codio when the class is known (an export started and
	 * downloaded after the import), else from a file the user picks.
	 */
	private void createSourcesOption(Composite page) {
		sourcesButton = new Button(page, SWT.CHECK);
		sourcesButton.setText(WizardMessages.ConfigurePage_sources);
		sourcesButton.setToolTipText(WizardMessages.ConfigurePage_sourcesTooltip);
		IDialogSettings settings = wizard.getDialogSettings();
		sourcesButton.setSelection(settings != null && settings.getBoolean(SETTING_FETCH_SOURCES));
		if (wizard.knowsClass()) {
			GridDataFactory.fillDefaults().span(3, 1).applyTo(sourcesButton);
			return;
		}
		sourcesText = new Text(page, SWT.BORDER);
		sourcesText.setMessage(WizardMessages.ConfigurePage_sourcesHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sourcesText);
		sourcesBrowse = new Button(page, SWT.PUSH);
		sourcesBrowse.setText(WizardMessages.ConfigurePage_browse);
		sourcesBrowse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.zip;*.tar.zst;*.tzst;*.tar.gz;*.tgz;*.tar", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				sourcesText.setText(chosen);
			}
		});
		Runnable enable = () -> {
			sourcesText.setEnabled(sourcesButton.getSelection());
			sourcesBrowse.setEnabled(sourcesButton.getSelection());
			validate();
		};
		sourcesButton.addListener(SWT.Selection, e -> enable.run());
		sourcesText.addListener(SWT.Modify, e -> validate());
		sourcesText.setEnabled(sourcesButton.getSelection());
		sourcesBrowse.setEnabled(sourcesButton.getSelection());
	}

	/** Checks the option and types the sources' path, as a user does; for tests. */
	void chooseSources(Path sources) {
		sourcesButton.setSelection(true);
		sourcesButton.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		if (sourcesText != null) {
			sourcesText.setText(sources == null ? "" : sources.toString());
		}
	}

	/** Whether to fetch the published sources after the import. */
	boolean fetchSources() {
		return sourcesButton.getSelection();
	}

	/** The sources file or folder the user chose when the class is not known; null otherwise. */
	Path sourcesFile() {
		if (sourcesText == null || !sourcesButton.getSelection() || sourcesText.getText().isBlank()) {
			return null;
		}
		try {
			return Path.of(sourcesText.getText().strip());
		} catch (InvalidPathException e) {
			return null; // not a path: the page asks for one
		}
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			enter(wizard.selectedRows());
		}
		super.setVisible(visible);
	}

	/** Takes the rows chosen on the first page; names and stacks already set for a row are kept. */
	private void enter(List<ImportRow> chosen) {
		rows = chosen;
		takenNames = readTakenNames();
		Optional<CodioStack> remembered = rememberedStack();
		for (ImportRow row : rows) {
			if (row.projectName.isEmpty()) {
				remembered.ifPresent(stack -> row.stack = stack);
			}
		}
		refreshStackChoices();
		remembered.ifPresent(stack -> allStacksCombo.select(stacks.indexOf(stack)));
		if (allStacksCombo.getSelectionIndex() < 0 && !rows.isEmpty()) {
			allStacksCombo.select(Math.max(0, stacks.indexOf(rows.get(0).stack)));
		}
		if (workingSetText.getText().isEmpty()) {
			workingSetText.setText(wizard.defaultWorkingSetName());
		}
		applyTemplate();
	}

	private void refreshStackChoices() {
		for (ImportRow row : rows) {
			if (!stacks.contains(row.stack)) {
				stacks.add(row.stack);
			}
		}
		int selected = allStacksCombo.getSelectionIndex();
		allStacksCombo.setItems(stacks.stream().map(CodioStack::toString).toArray(String[]::new));
		if (selected >= 0) {
			allStacksCombo.select(selected);
		}
		stackEditor.setInput(stacks);
	}

	/** Names every row not typed by hand from the template, each free in the workspace and among the rows. */
	private void applyTemplate() {
		ProjectNameTemplate template = new ProjectNameTemplate(templateText.getText());
		String unknown = template.unknownPlaceholder();
		if (!unknown.isEmpty()) {
			setErrorMessage(NLS.bind(WizardMessages.ConfigurePage_unknownPlaceholder, unknown));
			setPageComplete(false);
			return;
		}
		Set<String> taken = new HashSet<>();
		rows.stream().filter(row -> row.nameTyped).forEach(row -> taken.add(ProjectNameTemplate.key(row.projectName)));
		for (ImportRow row : rows) {
			if (!row.nameTyped) {
				String name = ProjectNameTemplate.unique(template.nameFor(row.workspace, wizard.className()),
						candidate -> taken.contains(ProjectNameTemplate.key(candidate)) || isTaken(candidate));
				row.projectName = name;
				taken.add(ProjectNameTemplate.key(name));
			}
		}
		viewer.setInput(rows);
		validate();
	}

	private boolean isTaken(String name) {
		return takenNames.contains(ProjectNameTemplate.key(name));
	}

	/**
	 * The workspace's project names and the folders in its location, read once when the page is entered: checking
	 * a name on each key press is then a set lookup, not a workspace and disk scan on the UI thread. (The import
	 * checks again before it writes anything.)
	 */
	private static Set<String> readTakenNames() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		Set<String> taken = new HashSet<>();
		for (org.eclipse.core.resources.IProject project : root.getProjects()) {
			taken.add(ProjectNameTemplate.key(project.getName()));
		}
		try (Stream<Path> folders = Files.list(root.getLocation().toPath())) {
			folders.forEach(folder -> taken.add(ProjectNameTemplate.key(folder.getFileName().toString())));
		} catch (IOException e) {
			// an unreadable workspace folder: the import's own check refuses a taken folder
		}
		return taken;
	}

	/** Checks every name: valid, not repeated, not taken. */
	private void validate() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		Set<String> seen = new HashSet<>();
		for (ImportRow row : rows) {
			IStatus valid = workspace.validateName(row.projectName, IResource.PROJECT);
			String problem = null;
			if (!valid.isOK()) {
				problem = NLS.bind(WizardMessages.ConfigurePage_nameInvalid, row.projectName, valid.getMessage());
			} else if (!seen.add(ProjectNameTemplate.key(row.projectName))) {
				problem = NLS.bind(WizardMessages.ConfigurePage_nameRepeated, row.projectName);
			} else if (row.nameTyped && isTaken(row.projectName)) {
				problem = NLS.bind(WizardMessages.ConfigurePage_nameTaken, row.projectName);
			}
			if (problem != null) {
				setErrorMessage(problem);
				setPageComplete(false);
				return;
			}
		}
		if (sourcesText != null && sourcesButton.getSelection()) {
			Path sources = sourcesFile();
			if (sources == null || !Files.exists(sources)) {
				setErrorMessage(sources == null ? WizardMessages.ConfigurePage_sourcesMissing
						: NLS.bind(WizardMessages.ConfigurePage_sourcesNotFound, sources));
				setPageComplete(false);
				return;
			}
		}
		setErrorMessage(null);
		setMessage(NLS.bind(WizardMessages.ConfigurePage_summary, rows.size()), IMessageProvider.INFORMATION);
		setPageComplete(!rows.isEmpty());
	}

	private void applyStackToAll() {
		int index = allStacksCombo.getSelectionIndex();
		if (index < 0) {
			return;
		}
		CodioStack stack = stacks.get(index);
		rows.forEach(row -> row.stack = stack);
		rememberStack(stack);
		viewer.refresh();
	}

	/** Adds a pasted stack id: a certified one directly, another looked up on the server when signed in. */
	private void addOtherStack() {
		String id = otherStackText.getText().strip();
		if (id.isEmpty()) {
			return;
		}
		Optional<CodioStack> known = catalogue.byId(id);
		CodioStack stack = known.orElse(null);
		if (stack == null) {
			AtomicReference<CodioStack> resolved = new AtomicReference<>();
			try {
				getContainer().run(true, true, monitor -> {
					try {
						Optional<CodioClient> client = CodioSession.client();
						if (client.isEmpty()) {
							throw new InvocationTargetException(new IllegalStateException(
									"not signed in to Codio (Preferences > Codio)"));
						}
						StackInfo info = client.get().stack(id, monitor);
						resolved.set(catalogue.resolve(info));
					} catch (Exception e) {
						throw e instanceof InvocationTargetException ite ? ite : new InvocationTargetException(e);
					}
				});
				stack = resolved.get();
				setMessage(NLS.bind(WizardMessages.ConfigurePage_stackResolved, stack), IMessageProvider.INFORMATION);
			} catch (InvocationTargetException e) {
				stack = catalogue.parseUserEntry(id).orElse(null);
				setMessage(NLS.bind(WizardMessages.ConfigurePage_stackNotFound, id, e.getCause().getMessage()),
						IMessageProvider.WARNING);
			} catch (InterruptedException e) {
				return;
			}
		}
		if (stack == null) {
			return;
		}
		if (!stacks.contains(stack)) {
			stacks.add(stack);
		}
		refreshStackChoices();
		allStacksCombo.select(stacks.indexOf(stack));
		otherStackText.setText("");
	}

	/** Checks the names again after a row changed outside the table (tests). */
	void revalidate() {
		viewer.refresh();
		validate();
	}

	/** The names and stacks chosen, once the page is complete. */
	List<ImportRow> rows() {
		return rows;
	}

	String template() {
		return templateText.getText();
	}

	/** The working set to add the projects to, or null. */
	String workingSet() {
		return workingSetButton.getSelection() && !workingSetText.getText().isBlank()
				? workingSetText.getText().strip()
				: null;
	}

	void saveSettings() {
		IDialogSettings settings = wizard.getDialogSettings();
		if (settings != null) {
			settings.put(SETTING_TEMPLATE, templateText.getText());
			settings.put(SETTING_FETCH_SOURCES, sourcesButton.getSelection());
		}
	}

	private String savedTemplate() {
		IDialogSettings settings = wizard.getDialogSettings();
		String saved = settings == null ? null : settings.get(SETTING_TEMPLATE);
		return saved == null ? ProjectNameTemplate.DEFAULT : saved;
	}

	private Optional<CodioStack> rememberedStack() {
		IDialogSettings settings = wizard.getDialogSettings();
		IDialogSettings section = settings == null ? null : settings.getSection(SECTION_STACK_BY_CLASS);
		String id = section == null ? null : section.get(wizard.classKey());
		return id == null ? Optional.empty() : catalogue.byId(id);
	}

	private void rememberStack(CodioStack stack) {
		IDialogSettings settings = wizard.getDialogSettings();
		if (settings == null) {
			return;
		}
		IDialogSettings section = settings.getSection(SECTION_STACK_BY_CLASS);
		if (section == null) {
			section = settings.addNewSection(SECTION_STACK_BY_CLASS);
		}
		section.put(wizard.classKey(), stack.id());
	}

	private String stackLabel(ImportRow row, CodioStack stack) {
		return row.isRecommended(stack) ? NLS.bind(WizardMessages.ConfigurePage_recommended, stack) : stack.toString();
	}

	/** Typing a project name in place. */
	private final class ProjectNameEditing extends EditingSupport {

		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

		ProjectNameEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((ImportRow) element).projectName;
		}

		@Override
		protected void setValue(Object element, Object value) {
			ImportRow row = (ImportRow) element;
			String name = String.valueOf(value).strip();
			if (!name.equals(row.projectName)) {
				row.projectName = name;
				row.nameTyped = true;
				viewer.update(row, null);
				validate();
			}
		}
	}

	/** Choosing a row's stack in place, the recommended one marked. */
	private final class StackEditing extends EditingSupport {

		StackEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			ImportRow row = (ImportRow) element;
			stackEditor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object stack) {
					return stackLabel(row, (CodioStack) stack);
				}
			});
			return stackEditor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((ImportRow) element).stack;
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof CodioStack stack) {
				((ImportRow) element).stack = stack;
				viewer.update(element, null);
			}
		}
	}
}
