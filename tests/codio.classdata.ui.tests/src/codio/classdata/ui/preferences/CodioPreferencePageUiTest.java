package codio.classdata.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.WorkbenchTestSupport;
import codio.classdata.ui.UiPreferences;

/** Window > Preferences > Codio in a real preference dialog, against the emulator. */
class CodioPreferencePageUiTest {

	private static final int CUSTOM = CodioEndpoints.KNOWN_DOMAINS.length;
	private static final int SCREENSHOT_PORT = 8765;

	private static CodioEmulator emulator;
	private static CodioEndpoints endpoints;

	private PreferenceDialog dialog;

	@BeforeAll
	static void startEmulator() throws Exception {
		// The README's port when it is free, so the screenshot stays the same from build to build.
		emulator = new CodioEmulator(DemoData.organisation());
		try {
			emulator.start(SCREENSHOT_PORT);
		} catch (IOException e) {
			emulator.close();
			emulator = CodioEmulator.startDemo();
		}
		endpoints = new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl());
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void startFromDefaults() throws Exception {
		closeDialogAndForgetSettings();
	}

	@AfterEach
	void closeDialogAndForgetSettings() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		dialog = null;
		emulator.faults().reset();
		new CodioSecureStore().setClientSecret(endpoints, null);
		new CodioSecureStore().setClientSecret(CodioEndpoints.forDomain(CodioEndpoints.KNOWN_DOMAINS[0]), null);
		IEclipsePreferences node = ConnectionSettings.preferences();
		node.clear();
		node.flush();
	}

	@Test
	void okSavesTheEnteredValuesWithTheSecretInSecureStorageOnly(@TempDir Path temp) throws Exception {
		String secret = "s3cret-" + UUID.randomUUID();
		Path folder = temp.resolve("codio exports");
		CodioPreferencePage page = open(false);
		enterEmulator(page, "round-trip-client", secret);
		page.downloadFolderText().setText(folder.toString());
		click(page.showNotificationsButton());

		pressOk();

		assertEquals(new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, endpoints.apiBaseUrl(),
				endpoints.oauthBaseUrl(), "round-trip-client"), ConnectionSettings.load());
		assertEquals(Optional.of(secret), new CodioSecureStore().clientSecret(endpoints));
		assertEquals(folder, UiPreferences.downloadFolder());
		assertFalse(UiPreferences.showNotifications());
		List<Path> plainFiles = preferenceFiles();
		assertTrue(plainFiles.stream().anyMatch(file -> read(file).contains("round-trip-client")), "id saved");
		for (Path file : plainFiles) {
			assertFalse(read(file).contains(secret), "the secret is in " + file);
		}

		CodioPreferencePage reopened = open(false);
		assertEquals(CUSTOM, reopened.serverCombo().getSelectionIndex());
		assertEquals(endpoints.apiBaseUrl(), reopened.apiUrlText().getText());
		assertEquals(endpoints.oauthBaseUrl(), reopened.oauthUrlText().getText());
		assertEquals("round-trip-client", reopened.clientIdText().getText());
		assertEquals(secret, reopened.clientSecretText().getText());
		assertEquals(folder.toString(), reopened.downloadFolderText().getText());
		assertFalse(reopened.showNotificationsButton().getSelection());
	}

	@Test
	void testConnectionCountsTheClassesWithTheEnteredValuesAndSavesAScreenshot() throws Exception {
		CodioPreferencePage page = open(true);
		enterEmulator(page, DemoData.CLIENT_ID, DemoData.CLIENT_SECRET);
		Button test = page.connectionTest().button();
		assertTrue(test.isEnabled());

		click(test);

		assertFalse(test.isEnabled(), "disabled while testing");
		assertTrue(page.connectionTest().message().startsWith("Testing the connection to "),
				page.connectionTest().message());
		waitUntil(() -> !page.connectionTest().isRunning(), "the test to end");
		assertEquals("Connected to " + hostOf(endpoints) + ": 12 classes (4 archived)",
				page.connectionTest().message());
		assertTrue(test.isEnabled());
		assertEquals(new ConnectionSettings(null, null, null, null), ConnectionSettings.load(), "nothing saved");

		saveScreenshot(dialog.getShell(), "preferences.png");
	}

	@Test
	void aWrongSecretShowsTheRefusalWithoutTheSecret() {
		String secret = "wrong-secret-" + UUID.randomUUID();
		CodioPreferencePage page = open(false);
		enterEmulator(page, DemoData.CLIENT_ID, secret);

		click(page.connectionTest().button());
		waitUntil(() -> !page.connectionTest().isRunning(), "the test to end");

		String message = page.connectionTest().message();
		assertTrue(message.contains("refused the client id '" + DemoData.CLIENT_ID + "'"), message);
		assertFalse(message.contains(secret), "no secret in the page: " + message);
		assertFalse(message.contains("wrong-secret"), message);
		assertFullyVisible(page.showNotificationsButton());
	}

	@Test
	void aSecondTestReplacesTheRunningOneAndCancelStopsIt() {
		CodioPreferencePage page = open(false);
		enterEmulator(page, DemoData.CLIENT_ID, DemoData.CLIENT_SECRET);
		ConnectionTestControl control = page.connectionTest();
		// The first class list meets a 429 asking to wait a minute: that test hangs until cancelled.
		emulator.faults().tooManyRequests(1, Duration.ofSeconds(60));
		control.start();
		waitUntil(() -> emulator.faults().tooManyRequestsServed() == 1, "the first test to be held up");

		control.start();

		waitUntil(() -> !control.isRunning(), "the second test to end");
		assertTrue(control.message().endsWith(": 12 classes (4 archived)"), control.message());
		waitUntil(() -> Job.getJobManager().find(ConnectionTestJob.FAMILY).length == 0, "the first test to stop");
		spin(300);
		assertTrue(control.message().endsWith(": 12 classes (4 archived)"), "no late result: " + control.message());

		emulator.faults().tooManyRequests(1, Duration.ofSeconds(60));
		control.start();
		waitUntil(() -> emulator.faults().tooManyRequestsServed() == 2, "the third test to be held up");
		Link cancel = find(dialog.getShell(), Link.class, link -> link.isVisible() && link.getText().contains("Cancel"));
		click(cancel);

		assertFalse(control.isRunning());
		assertTrue(control.button().isEnabled());
		assertEquals(PreferenceMessages.PreferencePage_testCancelled, control.message());
		waitUntil(() -> Job.getJobManager().find(ConnectionTestJob.FAMILY).length == 0, "the cancelled test to stop");
	}

	@Test
	void closingTheDialogCancelsARunningTest() {
		CodioPreferencePage page = open(false);
		enterEmulator(page, DemoData.CLIENT_ID, DemoData.CLIENT_SECRET);
		emulator.faults().tooManyRequests(1, Duration.ofSeconds(60));
		click(page.connectionTest().button());
		waitUntil(() -> emulator.faults().tooManyRequestsServed() == 1, "the test to be held up");

		click(dialogButton(IDialogConstants.CANCEL_ID));

		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed());
		// Well before the minute the server asked for: cancelled, and its result goes nowhere.
		waitUntil(() -> Job.getJobManager().find(ConnectionTestJob.FAMILY).length == 0, "the test to stop");
		spin(300);
	}

	@Test
	void editingTheTestedValuesClearsTheResult() {
		CodioPreferencePage page = open(false);
		enterEmulator(page, DemoData.CLIENT_ID, DemoData.CLIENT_SECRET);
		click(page.connectionTest().button());
		waitUntil(() -> !page.connectionTest().isRunning(), "the test to end");
		assertFalse(page.connectionTest().message().isEmpty());

		page.clientSecretText().setText("another");

		assertEquals("", page.connectionTest().message());
	}

	@Test
	void restoreDefaultsResetsEveryField(@TempDir Path temp) throws Exception {
		new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, endpoints.apiBaseUrl(), endpoints.oauthBaseUrl(),
				DemoData.CLIENT_ID).save();
		new CodioSecureStore().setClientSecret(endpoints, DemoData.CLIENT_SECRET);
		UiPreferences.setDownloadFolder(temp);
		UiPreferences.setShowNotifications(false);
		CodioPreferencePage page = open(false);
		assertEquals(temp.toString(), page.downloadFolderText().getText());

		click(find(dialog.getShell(), Button.class,
				button -> button.getText().equals(JFaceResources.getString("defaults"))));

		CodioEndpoints codioCom = CodioEndpoints.forDomain("codio.com");
		assertEquals("codio.com", page.serverCombo().getText());
		assertEquals(codioCom.apiBaseUrl(), page.apiUrlText().getText());
		assertFalse(page.apiUrlText().isEnabled());
		assertEquals(codioCom.oauthBaseUrl(), page.oauthUrlText().getText());
		assertEquals("", page.clientIdText().getText());
		assertEquals("", page.clientSecretText().getText());
		assertFalse(page.connectionTest().button().isEnabled(), "nothing to test without a key");
		assertEquals(UiPreferences.defaultDownloadFolder().toString(), page.downloadFolderText().getText());
		assertTrue(page.showNotificationsButton().getSelection());
		assertTrue(page.isValid());

		pressOk();

		assertEquals(new ConnectionSettings("codio.com", "", "", ""), ConnectionSettings.load());
		assertEquals(UiPreferences.defaultDownloadFolder(), UiPreferences.downloadFolder());
		assertTrue(UiPreferences.showNotifications());
		assertNull(ConnectionSettings.preferences().get(UiPreferences.KEY_DOWNLOAD_FOLDER, null));
	}

	@Test
	void aCustomServerKeepsItsUrlsWhileANamedServerIsShown() {
		CodioPreferencePage page = open(false);
		enterEmulator(page, DemoData.CLIENT_ID, DemoData.CLIENT_SECRET);

		select(page.serverCombo(), 1);
		assertEquals(CodioEndpoints.forDomain("codio.co.uk").apiBaseUrl(), page.apiUrlText().getText());
		select(page.serverCombo(), CUSTOM);

		assertEquals(endpoints.apiBaseUrl(), page.apiUrlText().getText());
		assertEquals(endpoints.oauthBaseUrl(), page.oauthUrlText().getText());
		assertTrue(page.apiUrlText().isEnabled());
	}

	@Test
	void invalidValuesBlockOkWithAMessage(@TempDir Path temp) throws Exception {
		CodioPreferencePage page = open(false);
		page.clientIdText().setText("someone");
		assertFalse(page.isValid());
		assertEquals(PreferenceMessages.PreferencePage_idWithoutSecret, page.getErrorMessage());
		page.clientSecretText().setText("their secret");
		assertTrue(page.isValid());

		page.downloadFolderText().setText("relative/folder");
		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("must be an absolute path"), page.getErrorMessage());
		Path file = Files.writeString(temp.resolve("file.txt"), "x");
		page.downloadFolderText().setText(file.toString());
		assertTrue(page.getErrorMessage().contains("is a file"), page.getErrorMessage());

		select(page.serverCombo(), CUSTOM);
		page.apiUrlText().setText("ftp://example.org");
		assertFalse(page.isValid());
		assertFalse(page.connectionTest().button().isEnabled());
	}

	@Test
	void everyLabelledControlHasItsOwnMnemonic() {
		open(false);
		Map<Character, String> seen = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (Control control : all(dialog.getShell(), Control.class)) {
			String text = control instanceof Label label ? label.getText()
					: control instanceof Button button ? button.getText() : null;
			Character mnemonic = mnemonic(text);
			if (mnemonic != null) {
				String previous = seen.put(mnemonic, text);
				if (previous != null) {
					clashes.add(previous + " / " + text);
				}
			}
		}
		assertTrue(seen.size() >= 10, seen.toString());
		assertEquals(List.of(), clashes);
	}

	// --- driving the dialog ---

	/** Opens Window > Preferences on the Codio page, with the whole tree or only this page. */
	private CodioPreferencePage open(boolean wholeTree) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = PreferencesUtil.createPreferenceDialogOn(shell, UiIds.PREFERENCE_PAGE,
				wholeTree ? null : new String[] { UiIds.PREFERENCE_PAGE }, null);
		dialog.setBlockOnOpen(false);
		if (wholeTree) {
			// Room for the tree's labels; the height stays what the dialog computed for the page.
			dialog.getShell().setSize(900, dialog.getShell().getSize().y);
		}
		dialog.open();
		Object page = dialog.getSelectedPage();
		assertTrue(page instanceof CodioPreferencePage, String.valueOf(page));
		return (CodioPreferencePage) page;
	}

	private static void enterEmulator(CodioPreferencePage page, String clientId, String secret) {
		select(page.serverCombo(), CUSTOM);
		page.apiUrlText().setText(endpoints.apiBaseUrl());
		page.oauthUrlText().setText(endpoints.oauthBaseUrl());
		page.clientIdText().setText(clientId);
		page.clientSecretText().setText(secret);
	}

	private void pressOk() {
		click(dialogButton(IDialogConstants.OK_ID));
		assertEquals(Window.OK, dialog.getReturnCode(), "the dialog closed with OK");
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed());
	}

	private Button dialogButton(int id) {
		return find(dialog.getShell(), Button.class, button -> Integer.valueOf(id).equals(button.getData()));
	}

	private static void select(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void click(Control control) {
		if (control instanceof Button button && (button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		control.notifyListeners(SWT.Selection, new Event());
	}

	private static <T extends Control> T find(Composite root, Class<T> type, Predicate<T> condition) {
		T found = all(root, type).stream().filter(condition).findFirst().orElse(null);
		assertNotNull(found, "no matching " + type.getSimpleName());
		return found;
	}

	private static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}

	private static Character mnemonic(String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length() - 1; i++) {
			if (text.charAt(i) == '&') {
				if (text.charAt(i + 1) != '&') {
					return Character.toLowerCase(text.charAt(i + 1));
				}
				i++;
			}
		}
		return null;
	}

	/** Inside the part of the page the dialog shows, not hidden below it. */
	private static void assertFullyVisible(Control control) {
		Display display = control.getDisplay();
		Rectangle box = display.map(control.getParent(), null, control.getBounds());
		Composite viewport = control.getParent();
		while (!(viewport instanceof ScrolledComposite) && viewport.getParent() != null) {
			viewport = viewport.getParent();
		}
		Rectangle visible = display.map(viewport, null, viewport.getClientArea());
		assertTrue(visible.contains(box.x, box.y) && visible.contains(box.x, box.y + box.height - 1),
				box + " should lie inside " + visible);
	}

	private static String hostOf(CodioEndpoints endpoints) {
		String rest = endpoints.apiBaseUrl().substring(endpoints.apiBaseUrl().indexOf("://") + 3);
		return rest.substring(0, rest.indexOf('/'));
	}

	private static List<Path> preferenceFiles() throws IOException {
		Path workspace = Path.of(Platform.getInstanceLocation().getURL().getPath());
		try (Stream<Path> files = Files.walk(workspace.resolve(".metadata"))) {
			return files.filter(file -> file.toString().endsWith(".prefs")).toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			return "";
		}
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		WorkbenchTestSupport.waitUntil(condition, what, 20_000);
	}

	private static void spin(long millis) {
		WorkbenchTestSupport.settle(millis);
	}

	private static void saveScreenshot(Shell shell, String name) throws Exception {
		WorkbenchTestSupport.saveScreenshot(shell, name);
	}
}
