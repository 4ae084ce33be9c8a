package codio.classdata.access;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the access package, from accesstext.properties. */
public final class AccessText extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.access.accesstext";

	public static String Missing_email;
	public static String Missing_name;
	public static String Missing_unit;
	public static String Missing_role;
	public static String Missing_projectPath;
	public static String Missing_ipAddress;
	public static String Missing_required;
	public static String Missing_sentence;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AccessText.class);
	}

	private AccessText() {
	}
}
