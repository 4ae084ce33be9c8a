package codio.classdata.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Codio preference page, from messages.properties next to this class. */
public final class PreferenceMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.preferences.messages";

	public static String PreferencePage_description;
	public static String PreferencePage_connectionGroup;
	public static String PreferencePage_server;
	public static String PreferencePage_customServer;
	public static String PreferencePage_apiUrl;
	public static String PreferencePage_oauthUrl;
	public static String PreferencePage_clientId;
	public static String PreferencePage_clientSecret;
	public static String PreferencePage_secretNote;
	public static String PreferencePage_saveFailed;
	public static String PreferencePage_idWithoutSecret;
	public static String PreferencePage_testConnection;
	public static String PreferencePage_testConnectionTooltip;
	public static String PreferencePage_testJob;
	public static String PreferencePage_testing;
	public static String PreferencePage_testCancel;
	public static String PreferencePage_testCancelled;
	public static String PreferencePage_connected;
	public static String PreferencePage_connectedOneClass;
	public static String PreferencePage_connectedNoClasses;
	public static String PreferencePage_testFailedUnexpectedly;
	public static String PreferencePage_downloadsGroup;
	public static String PreferencePage_downloadFolder;
	public static String PreferencePage_downloadFolderTooltip;
	public static String PreferencePage_browse;
	public static String PreferencePage_browseMessage;
	public static String PreferencePage_showNotifications;
	public static String PreferencePage_folderEmpty;
	public static String PreferencePage_folderInvalid;
	public static String PreferencePage_folderNotAbsolute;
	public static String PreferencePage_folderIsFile;
	public static String PreferencePage_folderNotWritable;
	public static String PreferencePage_folderNotCreatable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PreferenceMessages.class);
	}

	private PreferenceMessages() {
	}
}
