package codio.classdata.ui.review;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The projects to zip for Codio and the folder the zips go to; a zip that exists already blocks Finish. */
final class CodioZipExportPage extends WizardPage {

	private static final String SETTING_FOLDER = "folder";
	private final List<IProject> candidates;
	private final List<IProject> selected;
	private final IDialogSettings settings;
	private CheckboxTableViewer projectList;
	private Text folderText;

	CodioZipExportPage(List<IProject> candidates, List<IProject> selected, IDialogSettings settings) {
		super("codioZip");
		this.candidates = List.copyOf(candidates);
		this.selected = List.copyOf(selected);
		this.settings = settings;
		setTitle(ReviewMessages.ZipExport_pageTitle);
		setDescription(ReviewMessages.ZipExport_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		Label projectsLabel = new Label(page, SWT.NONE);
		projectsLabel.setText(ReviewMessages.ZipExport_projects);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(projectsLabel);
		projectList = CheckboxTableViewer.newCheckList(page, SWT.BORDER);
		projectList.setContentProvider(ArrayContentProvider.getInstance());
		projectList.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IProject) element).getName();
			}
		});
		projectList.setInput(candidates);
		projectList.setCheckedElements(selected.stream().filter(candidates::contains).toArray());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 220)
				.applyTo(projectList.getControl());
		projectList.addCheckStateListener(event -> validate());

		new Label(page, SWT.NONE).setText(ReviewMessages.ZipExport_folder);
		folderText = new Text(page, SWT.BORDER);
		String remembered = settings == null ? null : settings.get(SETTING_FOLDER);
		folderText.setText(remembered == null ? System.getProperty("user.home") : remembered);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		folderText.addListener(SWT.Modify, event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(ReviewMessages.ZipExport_browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folderText.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folderText.setText(chosen);
			}
		});
		setControl(page);
		validate();
	}

	/** The checked projects. */
	List<IProject> projects() {
		return Arrays.stream(projectList.getCheckedElements()).map(IProject.class::cast).toList();
	}

	/** The folder typed or chosen, or null when it is not a path. */
	Path folder() {
		try {
			return folderText.getText().isBlank() ? null : Path.of(folderText.getText().strip());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** Types a folder and checks the given projects only, as a user does; for tests. */
	void choose(List<IProject> projects, Path folder) {
		projectList.setCheckedElements(projects.toArray());
		folderText.setText(folder.toString());
	}

	void saveSettings() {
		if (settings != null) {
			settings.put(SETTING_FOLDER, folderText.getText().strip());
		}
	}

	private void validate() {
		String problem = null;
		Path folder = folder();
		if (candidates.isEmpty()) {
			problem = ReviewMessages.ZipExport_noCodioProjects;
		} else if (projects().isEmpty()) {
			problem = ReviewMessages.ZipExport_chooseProjects;
		} else if (folder == null) {
			problem = ReviewMessages.ZipExport_chooseFolder;
		} else if (Files.exists(folder) && !Files.isDirectory(folder)) {
			problem = NLS.bind(ReviewMessages.ZipExport_notAFolder, folder);
		} else {
			for (IProject project : projects()) {
				Path zip = folder.resolve(project.getName() + ".zip");
				if (Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
					problem = NLS.bind(ReviewMessages.ZipExport_exists, zip);
					break;
				}
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
