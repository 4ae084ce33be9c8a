package codio.classdata.ui.review;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the review tools. */
public final class ReviewMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.review.messages";

	public static String AttachJob_name;
	public static String AttachJob_chooseSources;
	public static String AttachJob_doneTitle;
	public static String AttachJob_doneText;
	public static String AttachJob_unmatched;
	public static String Decorator_added;
	public static String Decorator_changed;
	public static String Decorator_unchanged;
	public static String ChangesPage_counting;
	public static String ChangesPage_summary;
	public static String Compare_title;
	public static String Compare_starter;
	public static String Compare_noBaselineTitle;
	public static String Compare_noBaseline;
	public static String Compare_notInStarter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReviewMessages.class);
	}

	private ReviewMessages() {
	}
}
