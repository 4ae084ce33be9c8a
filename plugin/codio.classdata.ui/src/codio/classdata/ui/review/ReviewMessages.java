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
	public static String ZipExport_title;
	public static String ZipExport_job;
	public static String ZipExport_failed;
	public static String ZipExport_doneTitle;
	public static String ZipExport_doneText;
	public static String ZipExport_pageTitle;
	public static String ZipExport_pageDescription;
	public static String ZipExport_projects;
	public static String ZipExport_folder;
	public static String ZipExport_browse;
	public static String ZipExport_noCodioProjects;
	public static String ZipExport_chooseProjects;
	public static String ZipExport_chooseFolder;
	public static String ZipExport_notAFolder;
	public static String ZipExport_exists;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReviewMessages.class);
	}

	private ReviewMessages() {
	}
}
