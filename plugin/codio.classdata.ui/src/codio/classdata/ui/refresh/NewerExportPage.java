package codio.classdata.ui.refresh;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import codio.classdata.api.ConnectionSettings;
import codio.classdata.ui.HelpContexts;

/**
 * The first page: the newer export, typed, browsed for, picked from the last ones used, or downloaded from Codio
 * when the projects name their class and the user has signed in.
 */
final class NewerExportPage extends WizardPage {

	private static final String HISTORY = "exports";
	private static final int HISTORY_SIZE = 8;
	private static final String[] EXTENSIONS = { "*.zip;*.tar.zst;*.tzst;*.tar.gz;*.tgz;*.tar", "*.*" };

	private final String classId;
	private final IDialogSettings settings;
	private Combo file;
	private Link download;

	/**
	 * @param projects how many projects are refreshed
	 * @param classId  the projects' Codio class, or null when not one known
	 */
	NewerExportPage(int projects, String classId, IDialogSettings settings) {
		super("newerExport");
		this.classId = classId;
		this.settings = settings;
		setTitle(RefreshMessages.Export_title);
		setDescription(NLS.bind(RefreshMessages.Export_description, projects));
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(RefreshMessages.Export_file);
		file = new Combo(body, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		String[] history = settings.getArray(HISTORY);
		if (history != null) {
			file.setItems(history);
		}
		file.addModifyListener(event -> validate());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(RefreshMessages.Export_browse);
		browse.addListener(SWT.Selection, event -> browse());
		if (classId != null && !ConnectionSettings.load().clientId().isEmpty()) {
			download = new Link(body, SWT.NONE);
			download.setText(RefreshMessages.Export_download);
			download.setToolTipText(RefreshMessages.Export_downloadTooltip);
			download.addListener(SWT.Selection, event -> startDownload());
			GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(download);
		}
		setControl(body);
		HelpContexts.set(body, HelpContexts.REFRESH_WIZARD);
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(RefreshMessages.Export_browseTitle);
		dialog.setFilterExtensions(EXTENSIONS);
		Path chosen = file();
		if (chosen != null && chosen.getParent() != null) {
			dialog.setFilterPath(chosen.getParent().toString());
		}
		String picked = dialog.open();
		if (picked != null) {
			file.setText(picked);
		}
	}

	/** Starts the class's export on Codio; its file is filled in here when saved, if the wizard is still open. */
	private void startDownload() {
		download.setEnabled(false);
		setMessage(RefreshMessages.Export_downloading, IMessageProvider.INFORMATION);
		Display display = getShell().getDisplay();
		new ClassExportDownload(classId, saved -> display.asyncExec(() -> {
			if (file != null && !file.isDisposed()) {
				setFile(saved);
				setMessage(RefreshMessages.Export_downloaded, IMessageProvider.INFORMATION);
			}
		}), status -> display.asyncExec(() -> {
			if (file != null && !file.isDisposed() && status.getSeverity() != IStatus.OK) {
				download.setEnabled(true);
				setMessage(RefreshMessages.Export_downloadFailed, IMessageProvider.WARNING);
			}
		})).schedule();
	}

	/** Sets the export, as typing it would. */
	void setFile(Path export) {
		file.setText(export.toString());
	}

	/** Whether the page offers the download from Codio; for tests. */
	boolean offersDownload() {
		return download != null;
	}

	/** The export as entered, or null when the field does not name a path. */
	Path file() {
		String text = file == null ? "" : file.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		Path chosen = file();
		String problem = null;
		if (chosen == null) {
			setErrorMessage(null);
			setMessage(RefreshMessages.Export_enterFile);
			setPageComplete(false);
			return;
		}
		// a few file-system questions about one path: answered at once, no waiting on the UI thread
		if (!Files.exists(chosen)) {
			problem = NLS.bind(RefreshMessages.Export_missing, chosen);
		} else if (Files.isDirectory(chosen)) {
			problem = NLS.bind(RefreshMessages.Export_notAFile, chosen);
		} else if (!Files.isReadable(chosen)) {
			problem = NLS.bind(RefreshMessages.Export_unreadable, chosen);
		}
		setErrorMessage(problem);
		if (problem == null) {
			setMessage(null);
		}
		setPageComplete(problem == null);
	}

	/** Keeps the export at the top of the list offered next time. */
	void remember() {
		Path chosen = file();
		if (chosen == null) {
			return;
		}
		List<String> history = new ArrayList<>();
		history.add(chosen.toString());
		String[] old = settings.getArray(HISTORY);
		if (old != null) {
			Arrays.stream(old).filter(each -> !each.equals(chosen.toString())).forEach(history::add);
		}
		settings.put(HISTORY, history.subList(0, Math.min(HISTORY_SIZE, history.size())).toArray(String[]::new));
	}
}
