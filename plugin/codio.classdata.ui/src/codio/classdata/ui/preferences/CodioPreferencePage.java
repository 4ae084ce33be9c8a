package codio.classdata.ui.preferences;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.UiPreferences;
import codio.classdata.ui.views.ClassesView;

/**
 * Window > Preferences > Codio. Connection: which server, the organisation's API key, and Test Connection
 * ({@link ConnectionTestControl}), which tries the values as entered. Downloads: the default folder and whether popups
 * announce finished exports and downloads. The secret goes to secure storage through {@link CodioSecureStore};
 * the rest are plain workspace preferences ({@link ConnectionSettings}, {@link UiPreferences}).
 */
public final class CodioPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final int FIELD_WIDTH_CHARS = 50;

	private Combo server;
	private Text apiUrl;
	private Text oauthUrl;
	private Text clientId;
	private Text clientSecret;
	private ConnectionTestControl connectionTest;
	private Text downloadFolder;
	private Button showNotifications;

	/** What was saved when the page opened (or at the last Apply), to save only what changed. */
	private ConnectionSettings storedSettings;
	private String storedSecret = "";
	/** The custom URLs, kept while a named server shows its own URLs in the disabled fields. */
	private String customApiUrl = "";
	private String customOauthUrl = "";
	private boolean showingCustom;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(PreferenceMessages.PreferencePage_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite contents = new Composite(parent, SWT.NONE);
		HelpContexts.set(contents, HelpContexts.PREFERENCE_PAGE);
		GridLayoutFactory.fillDefaults().spacing(SWT.DEFAULT, convertVerticalDLUsToPixels(7)).applyTo(contents);
		createConnectionGroup(contents);
		createDownloadsGroup(contents);

		showConnection(ConnectionSettings.load());
		showDownloads(UiPreferences.downloadFolder(), UiPreferences.showNotifications());
		server.addListener(SWT.Selection, event -> serverChanged());
		for (Text text : new Text[] { apiUrl, oauthUrl, clientId, clientSecret }) {
			text.addModifyListener(event -> connectionEdited());
		}
		downloadFolder.addModifyListener(event -> updateState());
		updateState();
		return contents;
	}

	private void createConnectionGroup(Composite parent) {
		Group group = group(parent, PreferenceMessages.PreferencePage_connectionGroup, 2);
		server = new Combo(labelled(group, PreferenceMessages.PreferencePage_server), SWT.READ_ONLY);
		server.setItems(serverChoices());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(server);
		apiUrl = text(group, PreferenceMessages.PreferencePage_apiUrl, SWT.BORDER);
		oauthUrl = text(group, PreferenceMessages.PreferencePage_oauthUrl, SWT.BORDER);
		clientId = text(group, PreferenceMessages.PreferencePage_clientId, SWT.BORDER);
		clientSecret = text(group, PreferenceMessages.PreferencePage_clientSecret, SWT.BORDER | SWT.PASSWORD);

		new Label(group, SWT.NONE);
		Label note = new Label(group, SWT.WRAP);
		note.setText(PreferenceMessages.PreferencePage_secretNote);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(FIELD_WIDTH_CHARS),
				SWT.DEFAULT).applyTo(note);

		connectionTest = new ConnectionTestControl(group, this::testTarget);
		setButtonLayoutData(connectionTest.button());
		GridData buttonData = (GridData) connectionTest.button().getLayoutData();
		buttonData.horizontalAlignment = SWT.BEGINNING;
		buttonData.verticalIndent = convertVerticalDLUsToPixels(4);
	}

	private void createDownloadsGroup(Composite parent) {
		Group group = group(parent, PreferenceMessages.PreferencePage_downloadsGroup, 3);
		downloadFolder = new Text(labelled(group, PreferenceMessages.PreferencePage_downloadFolder), SWT.BORDER);
		downloadFolder.setToolTipText(PreferenceMessages.PreferencePage_downloadFolderTooltip);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER)
				.hint(convertWidthInCharsToPixels(FIELD_WIDTH_CHARS / 2), SWT.DEFAULT).applyTo(downloadFolder);
		Button browse = new Button(group, SWT.PUSH);
		browse.setText(PreferenceMessages.PreferencePage_browse);
		setButtonLayoutData(browse);
		browse.addListener(SWT.Selection, event -> browseForFolder());

		showNotifications = new Button(group, SWT.CHECK);
		showNotifications.setText(PreferenceMessages.PreferencePage_showNotifications);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(showNotifications);
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static String[] serverChoices() {
		String[] choices = Arrays.copyOf(CodioEndpoints.KNOWN_DOMAINS, CodioEndpoints.KNOWN_DOMAINS.length + 1);
		choices[choices.length - 1] = PreferenceMessages.PreferencePage_customServer;
		return choices;
	}

	// --- showing and reading the values ---

	private void showConnection(ConnectionSettings settings) {
		storedSettings = settings;
		customApiUrl = settings.apiUrl();
		customOauthUrl = settings.oauthUrl();
		int index = Arrays.asList(CodioEndpoints.KNOWN_DOMAINS).indexOf(settings.server());
		server.select(settings.isCustomServer() || index < 0 ? CodioEndpoints.KNOWN_DOMAINS.length : index);
		showingCustom = isCustomSelected();
		showServerUrls();
		clientId.setText(settings.clientId());
		storedSecret = "";
		try {
			storedSecret = new CodioSecureStore().clientSecret(settings.endpoints()).orElse("");
		} catch (StorageException | IllegalArgumentException | IllegalStateException e) {
			// Unreadable storage or unusable URLs: the user enters the secret again.
		}
		clientSecret.setText(storedSecret);
	}

	private void showDownloads(Path folder, boolean notifications) {
		downloadFolder.setText(folder.toString());
		showNotifications.setSelection(notifications);
	}

	private boolean isCustomSelected() {
		return server.getSelectionIndex() >= CodioEndpoints.KNOWN_DOMAINS.length;
	}

	/** A named server shows its URLs, read-only; Custom shows the user's own, starting from the ones shown. */
	private void showServerUrls() {
		boolean custom = isCustomSelected();
		if (custom) {
			if (!customApiUrl.isEmpty() || !customOauthUrl.isEmpty()) {
				apiUrl.setText(customApiUrl);
				oauthUrl.setText(customOauthUrl);
			}
		} else {
			CodioEndpoints endpoints = CodioEndpoints.forDomain(server.getText());
			apiUrl.setText(endpoints.apiBaseUrl());
			oauthUrl.setText(endpoints.oauthBaseUrl());
		}
		apiUrl.setEnabled(custom);
		oauthUrl.setEnabled(custom);
	}

	private void serverChanged() {
		if (showingCustom && !isCustomSelected()) {
			customApiUrl = apiUrl.getText().trim();
			customOauthUrl = oauthUrl.getText().trim();
		}
		showingCustom = isCustomSelected();
		showServerUrls();
		connectionEdited();
	}

	private ConnectionSettings entered() {
		if (isCustomSelected()) {
			return new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, apiUrl.getText(), oauthUrl.getText(),
					clientId.getText());
		}
		return new ConnectionSettings(server.getText(), customApiUrl, customOauthUrl, clientId.getText());
	}

	private ConnectionTestJob.Target testTarget() {
		ConnectionSettings settings = entered();
		return new ConnectionTestJob.Target(settings.endpoints(),
				new ClientCredentials(settings.clientId(), clientSecret.getText()));
	}

	private void connectionEdited() {
		connectionTest.reset();
		updateState();
	}

	private void updateState() {
		ConnectionSettings settings = entered();
		String error = null;
		boolean usableEndpoints = false;
		try {
			settings.endpoints();
			usableEndpoints = true;
		} catch (IllegalArgumentException e) {
			error = e.getMessage();
		}
		boolean hasId = !settings.clientId().isEmpty();
		boolean hasSecret = !clientSecret.getText().isEmpty();
		if (error == null && hasId && !hasSecret) {
			error = PreferenceMessages.PreferencePage_idWithoutSecret;
		}
		if (error == null) {
			error = DownloadFolderCheck.problem(downloadFolder.getText()).orElse(null);
		}
		setErrorMessage(error);
		setValid(error == null);
		connectionTest.setTestable(usableEndpoints && hasId && hasSecret);
	}

	// --- Downloads ---

	private void browseForFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SHEET);
		dialog.setMessage(PreferenceMessages.PreferencePage_browseMessage);
		Path start;
		try {
			start = DownloadFolderCheck.nearestExisting(Path.of(downloadFolder.getText().trim()).toAbsolutePath());
		} catch (InvalidPathException e) {
			start = null;
		}
		if (start == null) {
			start = DownloadFolderCheck.nearestExisting(UiPreferences.defaultDownloadFolder());
		}
		if (start != null) {
			dialog.setFilterPath(start.toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			downloadFolder.setText(chosen);
		}
	}

	// --- the dialog's buttons ---

	@Override
	protected void performDefaults() {
		customApiUrl = "";
		customOauthUrl = "";
		showingCustom = false;
		server.select(0);
		serverChanged();
		clientId.setText("");
		clientSecret.setText("");
		connectionTest.reset();
		showDownloads(UiPreferences.defaultDownloadFolder(), UiPreferences.DEFAULT_SHOW_NOTIFICATIONS);
		updateState();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		ConnectionSettings settings = entered();
		String secret = clientSecret.getText();
		boolean connectionChanged;
		try {
			CodioEndpoints endpoints = settings.endpoints();
			connectionChanged = !settings.equals(storedSettings) || !secret.equals(storedSecret);
			if (!secret.equals(storedSecret) || !endpoints.equals(storedEndpoints())) {
				// Also drops the token issued for the old secret; left alone otherwise, so it stays valid.
				new CodioSecureStore().setClientSecret(endpoints, secret);
			}
			settings.save();
			UiPreferences.setDownloadFolder(Path.of(downloadFolder.getText().trim()));
			UiPreferences.setShowNotifications(showNotifications.getSelection());
		} catch (StorageException | BackingStoreException | IllegalArgumentException | IllegalStateException e) {
			setErrorMessage(NLS.bind(PreferenceMessages.PreferencePage_saveFailed, e.getMessage()));
			return false;
		}
		storedSettings = settings;
		storedSecret = secret;
		if (connectionChanged) {
			reloadOpenClassesViews();
		}
		return true;
	}

	private CodioEndpoints storedEndpoints() {
		try {
			return storedSettings.endpoints();
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public void dispose() {
		if (connectionTest != null) {
			connectionTest.cancel();
		}
		super.dispose();
	}

	private static void reloadOpenClassesViews() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IViewPart view = page.findView(UiIds.CLASSES_VIEW);
				if (view instanceof ClassesView classesView) {
					classesView.reload();
				}
			}
		}
	}

	// --- layout helpers ---

	private static Composite labelled(Composite parent, String label) {
		Label widget = new Label(parent, SWT.NONE);
		widget.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(widget);
		return parent;
	}

	private Text text(Composite parent, String label, int style) {
		Text text = new Text(labelled(parent, label), style);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER)
				.hint(convertWidthInCharsToPixels(FIELD_WIDTH_CHARS), SWT.DEFAULT).applyTo(text);
		return text;
	}

	// --- for tests ---

	Combo serverCombo() {
		return server;
	}

	Text apiUrlText() {
		return apiUrl;
	}

	Text oauthUrlText() {
		return oauthUrl;
	}

	Text clientIdText() {
		return clientId;
	}

	Text clientSecretText() {
		return clientSecret;
	}

	ConnectionTestControl connectionTest() {
		return connectionTest;
	}

	Text downloadFolderText() {
		return downloadFolder;
	}

	Button showNotificationsButton() {
		return showNotifications;
	}
}
