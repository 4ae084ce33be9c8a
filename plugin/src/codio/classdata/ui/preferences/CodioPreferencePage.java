package codio.classdata.ui.preferences;

import java.util.Arrays;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.views.ClassesView;

/**
 * Window > Preferences > Codio: which server, and the organisation's API key. The secret goes to secure storage
 * through {@link CodioSecureStore}; the rest are plain workspace preferences.
 */
public final class CodioPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Combo server;
	private Text apiUrl;
	private Text oauthUrl;
	private Text clientId;
	private Text clientSecret;
	private String storedSecret = "";

	@Override
	public void init(IWorkbench workbench) {
		setDescription(PreferenceMessages.PreferencePage_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);

		server = new Combo(labelled(page, PreferenceMessages.PreferencePage_server), SWT.READ_ONLY);
		server.setItems(serverChoices());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(server);
		apiUrl = text(page, PreferenceMessages.PreferencePage_apiUrl, SWT.BORDER);
		oauthUrl = text(page, PreferenceMessages.PreferencePage_oauthUrl, SWT.BORDER);
		clientId = text(page, PreferenceMessages.PreferencePage_clientId, SWT.BORDER);
		clientSecret = text(page, PreferenceMessages.PreferencePage_clientSecret, SWT.BORDER | SWT.PASSWORD);

		Label note = new Label(page, SWT.WRAP);
		note.setText(PreferenceMessages.PreferencePage_secretNote);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(note);

		show(ConnectionSettings.load());
		server.addModifyListener(event -> updateState());
		apiUrl.addModifyListener(event -> updateState());
		oauthUrl.addModifyListener(event -> updateState());
		clientId.addModifyListener(event -> updateState());
		clientSecret.addModifyListener(event -> updateState());
		updateState();
		return page;
	}

	private static String[] serverChoices() {
		String[] choices = Arrays.copyOf(CodioEndpoints.KNOWN_DOMAINS, CodioEndpoints.KNOWN_DOMAINS.length + 1);
		choices[choices.length - 1] = PreferenceMessages.PreferencePage_customServer;
		return choices;
	}

	private void show(ConnectionSettings settings) {
		int index = Arrays.asList(CodioEndpoints.KNOWN_DOMAINS).indexOf(settings.server());
		server.select(settings.isCustomServer() || index < 0 ? CodioEndpoints.KNOWN_DOMAINS.length : index);
		apiUrl.setText(settings.apiUrl());
		oauthUrl.setText(settings.oauthUrl());
		clientId.setText(settings.clientId());
		storedSecret = "";
		try {
			storedSecret = new CodioSecureStore().clientSecret(settings.endpoints()).orElse("");
		} catch (StorageException | IllegalArgumentException e) {
			// Unreadable storage or unusable URLs: the user enters the secret again.
		}
		clientSecret.setText(storedSecret);
	}

	private ConnectionSettings entered() {
		boolean custom = server.getSelectionIndex() >= CodioEndpoints.KNOWN_DOMAINS.length;
		return new ConnectionSettings(custom ? ConnectionSettings.CUSTOM_SERVER : server.getText(), apiUrl.getText(),
				oauthUrl.getText(), clientId.getText());
	}

	private void updateState() {
		ConnectionSettings settings = entered();
		apiUrl.setEnabled(settings.isCustomServer());
		oauthUrl.setEnabled(settings.isCustomServer());
		String error = null;
		try {
			settings.endpoints();
		} catch (IllegalArgumentException e) {
			error = e.getMessage();
		}
		if (error == null && !settings.clientId().isEmpty() && clientSecret.getText().isEmpty()) {
			error = PreferenceMessages.PreferencePage_idWithoutSecret;
		}
		setErrorMessage(error);
		setValid(error == null);
	}

	@Override
	protected void performDefaults() {
		server.select(0);
		apiUrl.setText("");
		oauthUrl.setText("");
		clientId.setText("");
		clientSecret.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		ConnectionSettings settings = entered();
		try {
			new CodioSecureStore().setClientSecret(settings.endpoints(), clientSecret.getText());
			settings.save();
		} catch (StorageException | BackingStoreException | IllegalArgumentException e) {
			setErrorMessage(NLS.bind(PreferenceMessages.PreferencePage_saveFailed, e.getMessage()));
			return false;
		}
		reloadOpenClassesViews();
		return true;
	}

	private static void reloadOpenClassesViews() {
		for (IWorkbenchWindow window : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IViewPart view = page.findView(UiIds.CLASSES_VIEW);
				if (view instanceof ClassesView classesView) {
					classesView.reload();
				}
			}
		}
	}

	private static Composite labelled(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		return page;
	}

	private static Text text(Composite page, String label, int style) {
		Text text = new Text(labelled(page, label), style);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}
}
