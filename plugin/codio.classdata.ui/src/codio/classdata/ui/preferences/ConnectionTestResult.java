package codio.classdata.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** How a Test Connection ended: signed in and counted the classes, or failed with a message for the user. */
sealed interface ConnectionTestResult {

	/** The line the page shows under the Test Connection button. */
	String message();

	/** Signed in and listed the classes of the organisation. */
	record Connected(String host, int classes, int archived) implements ConnectionTestResult {

		@Override
		public String message() {
			if (classes == 0) {
				return NLS.bind(PreferenceMessages.PreferencePage_connectedNoClasses, host);
			}
			if (classes == 1) {
				return NLS.bind(PreferenceMessages.PreferencePage_connectedOneClass, host, archived);
			}
			return NLS.bind(PreferenceMessages.PreferencePage_connected, new Object[] { host, classes, archived });
		}
	}

	/** The sign-in or the listing failed; the message says why and what to do, and never holds the secret. */
	record Failed(String message) implements ConnectionTestResult {
	}
}
