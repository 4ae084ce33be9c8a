package codio.classdata.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Codio preference page, from messages.properties next to this class. */
public final class PreferenceMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.preferences.messages";

	public static String PreferencePage_description;
	public static String PreferencePage_server;
	public static String PreferencePage_customServer;
	public static String PreferencePage_apiUrl;
	public static String PreferencePage_oauthUrl;
	public static String PreferencePage_clientId;
	public static String PreferencePage_clientSecret;
	public static String PreferencePage_secretNote;
	public static String PreferencePage_saveFailed;
	public static String PreferencePage_idWithoutSecret;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PreferenceMessages.class);
	}

	private PreferenceMessages() {
	}
}
