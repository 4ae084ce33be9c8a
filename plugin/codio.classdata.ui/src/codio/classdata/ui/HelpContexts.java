package codio.classdata.ui;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * F1 help: the context ids of help/contexts.xml (qualified by this bundle's name) and the one call that hangs them
 * on a control, so that F1 (or the dialog's ? button) opens the right page of the Codio Class Data Guide.
 */
public final class HelpContexts {

	public static final String CLASSES_VIEW = UiIds.BUNDLE + ".classes_view";
	public static final String IMPORT_WIZARD = UiIds.BUNDLE + ".import_wizard";
	public static final String ACCESS_DATA_EDITOR = UiIds.BUNDLE + ".access_data_editor";
	public static final String PREFERENCE_PAGE = UiIds.BUNDLE + ".preference_page";
	public static final String TEST_RESULTS_VIEW = UiIds.BUNDLE + ".test_results_view";
	public static final String SIMILARITY_VIEW = UiIds.BUNDLE + ".similarity_view";
	public static final String REFRESH_WIZARD = UiIds.BUNDLE + ".refresh_wizard";

	private HelpContexts() {
	}

	public static void set(Control control, String contextId) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
	}
}
