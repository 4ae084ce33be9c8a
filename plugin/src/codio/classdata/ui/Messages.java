package codio.classdata.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the UI, from messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.messages";

	public static String ClassesView_signIn;
	public static String ClassesView_loading;
	public static String ClassesView_empty;
	public static String ClassesView_errorTitle;
	public static String ClassesView_errorActions;
	public static String ClassesView_archived;
	public static String ClassesView_dates;
	public static String ClassesView_filter;
	public static String ClassesView_loadJob;
	public static String ClassesView_secureStorageFailed;
	public static String ClassesView_badSettings;
	public static String ClassesView_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
