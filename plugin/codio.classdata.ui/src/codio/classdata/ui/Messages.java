package codio.classdata.ui;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the UI, from messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.messages";

	public static String ClassesView_signIn;
	public static String OpenInCodio_failed;
	public static String Problems_connectionSettings;
	public static String Problems_networkSettings;
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
	public static String ClassesView_loadLinksJob;
	public static String ClassesView_exports;
	public static String ClassesView_units;
	public static String ClassesView_noLinks;
	public static String ClassesView_notOffered;
	public static String ClassesView_unlisted;
	public static String ClassesView_loadingLinks;
	public static String ClassesView_linkStarted;
	public static String ClassesView_linkMadeElsewhere;
	public static String ClassesView_linkSavedTo;
	public static String ClassesView_statusRunning;
	public static String ClassesView_statusReady;
	public static String ClassesView_statusExpired;
	public static String ClassesView_statusFailed;
	public static String ClassesView_expiresInDays;
	public static String ClassesView_expiresInHours;
	public static String ClassesView_summaryActive;

	public static String StackPage_stack;
	public static String StackPage_details;
	public static String StackPage_none;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
