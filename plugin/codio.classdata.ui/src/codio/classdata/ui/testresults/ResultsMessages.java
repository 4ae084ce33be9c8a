package codio.classdata.ui.testresults;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Codio Test Results view and its command. */
public final class ResultsMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.testresults.messages";

	public static String Action_rerunFailed;
	public static String Action_rerunFailed_tooltip;
	public static String Action_runAgain;
	public static String Action_exportCsv;
	public static String Action_cancel;
	public static String Cell_passed;
	public static String Cell_failed;
	public static String Cell_timedOut;
	public static String Cell_notRun;
	public static String Cell_files;
	public static String Cell_lines;
	public static String Cell_points;
	public static String Cell_gradeDiffers;
	public static String Cell_fullButFailed;
	public static String Cell_lessButPassed;
	public static String Column_project;
	public static String Column_student;
	public static String Column_codioGrade;
	public static String Column_codioStatus;
	public static String Column_timeSpent;
	public static String Column_completed;
	public static String Column_files;
	public static String Column_lines;
	public static String Column_points;
	public static String Compare_actual;
	public static String Compare_expected;
	public static String Compare_title;
	public static String Confirm_title;
	public static String Confirm_message;
	public static String Confirm_run;
	public static String Confirm_cancel;
	public static String Details_actual;
	public static String Details_expected;
	public static String Details_output;
	public static String Details_compareHint;
	public static String Details_heading;
	public static String Export_title;
	public static String Export_job;
	public static String Export_failed;
	public static String RunJob_name;
	public static String RunJob_failed;
	public static String RunJob_changesFailed;
	public static String RunJob_noClass;
	public static String RunJob_notSignedIn;
	public static String RunJob_assignmentNotInClass;
	public static String RunJob_codioFailed;
	public static String Run_noProjectsTitle;
	public static String Run_noProjects;
	public static String Run_busyTitle;
	public static String Run_busy;
	public static String Totals_label;
	public static String Totals_average;
	public static String Totals_passed;
	public static String View_empty;
	public static String View_filterHint;
	public static String View_show;
	public static String View_showAll;
	public static String View_showFailures;
	public static String View_showDisagreements;
	public static String View_running;
	public static String View_detailsHint;
	public static String View_summary;
	public static String View_disagreements;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ResultsMessages.class);
	}

	private ResultsMessages() {
	}
}
