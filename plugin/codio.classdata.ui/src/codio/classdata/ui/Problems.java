package codio.classdata.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.ConnectionSetting;

/**
 * How the UI reports a failure: one clear message to the user, the detail (with the cause) to the Error Log.
 * Messages come from the core, which never puts secrets or stack traces in them.
 */
public final class Problems {

	private Problems() {
	}

	public static void show(String message, Throwable cause) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, UiIds.BUNDLE, message, cause),
				StatusManager.SHOW | StatusManager.LOG);
	}

	/**
	 * A Codio failure for the user: the core's message, and where the setting it points at is changed in the IDE
	 * (the core names the setting, never an IDE menu).
	 */
	public static String describe(CodioApiException e) {
		return e.settingToCheck().map(setting -> e.getMessage() + " " + (setting == ConnectionSetting.NETWORK
				? Messages.Problems_networkSettings : Messages.Problems_connectionSettings)).orElse(e.getMessage());
	}

	/** A limitation rather than a failure (e.g. an export the server does not offer). */
	public static void inform(String message) {
		StatusManager.getManager().handle(new Status(IStatus.INFO, UiIds.BUNDLE, message),
				StatusManager.SHOW | StatusManager.LOG);
	}
}
