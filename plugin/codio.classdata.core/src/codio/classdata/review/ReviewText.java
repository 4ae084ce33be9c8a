package codio.classdata.review;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the review package, from reviewtext.properties. */
public final class ReviewText extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.review.reviewtext";

	public static String StarterSources_task;
	public static String StarterSources_storeNotEmpty;
	public static String StarterSources_noAssignments;
	public static String ChangeComparison_task;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReviewText.class);
	}

	private ReviewText() {
	}
}
