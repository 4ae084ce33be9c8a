package codio.classdata.ui.similarity;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Codio Similarity view, its command and its compare editor. */
public final class SimilarityMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.similarity.messages";

	public static String View_empty;
	public static String View_hint;
	public static String View_threshold;
	public static String View_percent;
	public static String View_running;
	public static String View_summary;
	public static String View_noPairSelected;
	public static String View_fragmentsOf;
	public static String View_compare;
	public static String View_compare_tooltip;
	public static String Column_a;
	public static String Column_b;
	public static String Column_score;
	public static String Column_shareOfA;
	public static String Column_shareOfB;
	public static String Column_fragments;
	public static String Column_tooltip;
	public static String Fragment_fileA;
	public static String Fragment_linesA;
	public static String Fragment_fileB;
	public static String Fragment_linesB;
	public static String Action_rerun;
	public static String Action_rerun_tooltip;
	public static String Action_cancel;
	public static String Action_exportCsv;
	public static String Action_exportHtml;
	public static String Export_csvTitle;
	public static String Export_htmlTitle;
	public static String Export_job;
	public static String Export_failed;
	public static String Export_scope;
	public static String Job_name;
	public static String Job_failed;
	public static String Find_tooFewTitle;
	public static String Find_tooFew;
	public static String Find_busyTitle;
	public static String Find_busy;
	public static String Compare_title;
	public static String Compare_tooltip;
	public static String Compare_side;
	public static String Compare_viewerTitle;
	public static String Compare_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SimilarityMessages.class);
	}

	private SimilarityMessages() {
	}
}
