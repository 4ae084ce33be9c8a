package codio.classdata.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.ui.HelpContexts;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.WorkbenchTestSupport;

/** The Codio Classes view in the real workbench, against the emulator. */
class ClassesViewUiTest {

	/** Where the workbench's help system keeps a control's context id. */
	private static final String HELP_KEY = "org.eclipse.ui.help";

	private static CodioEmulator emulator;
	private static CodioEndpoints endpoints;

	@BeforeAll
	static void startEmulator() throws Exception {
		emulator = CodioEmulator.startDemo();
		endpoints = new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl());
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@AfterEach
	void closeView() {
		IWorkbenchPage page = page();
		if (page.findView(UiIds.CLASSES_VIEW) != null) {
			page.hideView(page.findView(UiIds.CLASSES_VIEW));
		}
	}

	@Test
	void showsTheOrganisationsClassesAndSavesAScreenshot() throws Exception {
		signIn(DemoData.CLIENT_SECRET);
		Shell shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1100, 720);

		ClassesView view = (ClassesView) page().showView(UiIds.CLASSES_VIEW);
		waitUntil(() -> view.shownPage() == ClassesView.Page.CLASSES, "the classes to load");

		List<String> active = emulator.state().courses("false").stream().map(EmulatedCourse::name).toList();
		assertEquals(active, Arrays.stream(view.viewer().getTree().getItems()).map(item -> item.getText())
				.map(text -> text.substring(0, text.indexOf("  "))).toList(), "archived classes hidden at first");
		view.setShowArchived(true);
		List<String> expected = emulator.state().courses("").stream().map(EmulatedCourse::name).toList();
		TreeItem[] items = view.viewer().getTree().getItems();
		List<String> shown = Arrays.stream(items).map(item -> item.getText()).toList();
		assertEquals(expected.size(), shown.size(), shown.toString());
		for (int i = 0; i < expected.size(); i++) {
			assertTrue(shown.get(i).startsWith(expected.get(i)), shown.get(i) + " should show " + expected.get(i));
		}
		assertTrue(shown.stream().anyMatch(text -> text.contains("[archived]")));

		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Object first = view.viewer().getTree().getItem(0).getData();
		view.viewer().expandToLevel(first, 1);
		view.viewer().expandToLevel(new ClassFolder((codio.classdata.api.Course) first, ClassFolder.Kind.UNITS), 2);
		view.viewer().getTree().setSelection(view.viewer().getTree().getItem(0));
		waitUntil(() -> !(view.linksOf(((codio.classdata.api.Course) first).id()) instanceof ExportLinkCache.Loading),
				"the export links");
		saveScreenshot(shell, "classes-view.png");
		view.setShowArchived(false);
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void withoutCredentialsShowsHowToSignIn() throws Exception {
		new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, endpoints.apiBaseUrl(), endpoints.oauthBaseUrl(), "")
				.save();

		ClassesView view = (ClassesView) page().showView(UiIds.CLASSES_VIEW);

		waitUntil(() -> view.shownPage() == ClassesView.Page.SIGN_IN, "the sign-in page");
	}

	@Test
	void wrongSecretShowsTheServersRefusalAndRetryRecovers() throws Exception {
		signIn("wrong-secret-1234");
		ClassesView view = (ClassesView) page().showView(UiIds.CLASSES_VIEW);
		waitUntil(() -> view.shownPage() == ClassesView.Page.ERROR, "the error page");
		assertTrue(view.errorMessage().contains("refused the client id"), view.errorMessage());
		assertTrue(view.errorMessage().contains("Window > Preferences > Codio"), view.errorMessage());
		assertTrue(!view.errorMessage().contains("wrong-secret-1234"), "no secret in the UI");

		signIn(DemoData.CLIENT_SECRET);
		view.reload();

		waitUntil(() -> view.shownPage() == ClassesView.Page.CLASSES, "the classes after a retry");
	}

	@Test
	void openInCodioIsEnabledOnAClassOnlyAndF1NamesTheViewsHelp() throws Exception {
		signIn(DemoData.CLIENT_SECRET);
		ClassesView view = (ClassesView) page().showView(UiIds.CLASSES_VIEW);
		waitUntil(() -> view.shownPage() == ClassesView.Page.CLASSES, "the classes to load");
		Command openInCodio = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("codio.classdata.ui.commands.openInCodio");

		Object firstClass = view.viewer().getTree().getItem(0).getData();
		view.viewer().setSelection(new StructuredSelection(firstClass));
		waitUntil(openInCodio::isEnabled, "Open in Codio enabled on a class");
		view.viewer().setSelection(new StructuredSelection(
				new ClassFolder((codio.classdata.api.Course) firstClass, ClassFolder.Kind.EXPORTS)));
		waitUntil(() -> !openInCodio.isEnabled(), "Open in Codio disabled on the Exports folder");

		Control control = view.viewer().getControl();
		while (control != null && control.getData(HELP_KEY) == null) {
			control = control.getParent();
		}
		assertTrue(control != null, "a help context above the tree");
		assertEquals(HelpContexts.CLASSES_VIEW, control.getData(HELP_KEY));
	}

	private static void signIn(String secret) throws Exception {
		new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, endpoints.apiBaseUrl(), endpoints.oauthBaseUrl(),
				DemoData.CLIENT_ID).save();
		new CodioSecureStore().setClientSecret(endpoints, secret);
	}

	private static IWorkbenchPage page() {
		return WorkbenchTestSupport.page();
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		WorkbenchTestSupport.waitUntil(condition, what);
	}

	private static void saveScreenshot(Shell shell, String name) throws Exception {
		WorkbenchTestSupport.saveScreenshot(shell, name);
	}
}
