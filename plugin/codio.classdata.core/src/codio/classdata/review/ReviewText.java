package codio.classdata.review;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the review package, from reviewtext.properties. */
public final class ReviewText extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.review.reviewtext";

	public static String StarterSources_task;
	public static String StarterSources_storeNotEmpty;
	public static String StarterSources_noAssignments;
	public static String ChangeComparison_task;
	public static String StarterBaseline_cannotRecord;
	public static String AttachStarterSources_task;
	public static String Similarity_task;
	public static String Similarity_cancelled;
	public static String Refresh_planning;
	public static String Refresh_applying;
	public static String Refresh_cancelled;
	public static String SimilarityReport_task;
	public static String SimilarityReport_cancelled;
	public static String SimilarityReport_title;
	public static String SimilarityReport_hint;
	public static String SimilarityReport_noPairs;
	public static String SimilarityReport_projectA;
	public static String SimilarityReport_projectB;
	public static String SimilarityReport_score;
	public static String SimilarityReport_shareOfA;
	public static String SimilarityReport_shareOfB;
	public static String SimilarityReport_fragments;
	public static String SimilarityReport_pairHeading;
	public static String SimilarityReport_pairText;
	public static String SimilarityReport_fragmentHeading;
	public static String SimilarityReport_side;
	public static String SimilarityReport_unreadable;
	public static String SimilarityReport_unknownProject;
	public static String SimilarityReport_moreLines;
	public static String JavaJUnit_needsLauncher;
	public static String JavaJUnit_needsJdk;
	public static String JavaJUnit_noTests;
	public static String JavaJUnit_doesNotCompile;
	public static String JavaJUnit_noTestsRan;
	public static String PythonUnittest_needsPython;
	public static String PythonUnittest_noFiles;
	public static String PythonUnittest_noTestsRan;
	public static String PythonUnittest_passedOf;
	public static String ReviewTestOperation_task;
	public static String ReviewTestOperation_progress;
	public static String ReviewTestOperation_cancelled;
	public static String AssessmentReader_unreadable;
	public static String CodeTestRunner_notACodeTest;
	public static String CodeTestRunner_nothingToCompare;
	public static String CodeTestRunner_preExecuteTimedOut;
	public static String CodeTestRunner_preExecuteFailed;
	public static String CodeTestRunner_run;
	public static String CodeTestRunner_timedOut;
	public static String CodeTestRunner_outputDiffers;
	public static String CodeTestRunner_outputDiffersExit;
	public static String CodeTestRunner_builtInRunner;
	public static String CodeTestRunner_noCommand;
	public static String CodeTestRunner_needsHiddenFiles;
	public static String CodeTestRunner_commandTimedOut;
	public static String CodeTestRunner_commandFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReviewText.class);
	}

	private ReviewText() {
	}
}
