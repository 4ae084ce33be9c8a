package codio.classdata.ui.launching;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Codio launches. */
public final class LaunchMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.launching.messages";

	public static String CommandTab_name;
	public static String CommandTab_project;
	public static String CommandTab_command;
	public static String CommandTab_commandHint;
	public static String CommandTab_noProject;
	public static String CommandTab_projectClosed;
	public static String CommandTab_noCommand;
	public static String CreateLaunchesJob_name;

	static {
		NLS.initializeMessages(BUNDLE_NAME, LaunchMessages.class);
	}

	private LaunchMessages() {
	}
}
