package codio.classdata.ui.refresh;

import org.eclipse.osgi.util.NLS;

/** User-facing text of Refresh from Export: its command, wizard, three-way compare and job. */
public final class RefreshMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.refresh.messages";

	public static String Wizard_title;
	public static String Handler_noProjectsTitle;
	public static String Handler_noProjects;
	public static String Export_title;
	public static String Export_description;
	public static String Export_file;
	public static String Export_browse;
	public static String Export_browseTitle;
	public static String Export_enterFile;
	public static String Export_missing;
	public static String Export_notAFile;
	public static String Export_unreadable;
	public static String Export_planFailed;
	public static String Export_cancelled;
	public static String Export_download;
	public static String Export_downloadTooltip;
	public static String Export_downloading;
	public static String Export_downloaded;
	public static String Export_downloadFailed;
	public static String Export_lookupJob;
	public static String Changes_title;
	public static String Changes_description;
	public static String Changes_conflictsLeft;
	public static String Changes_undecided;
	public static String Changes_allDecided;
	public static String Changes_projects;
	public static String Changes_newStudents;
	public static String Changes_noNewStudents;
	public static String Changes_files;
	public static String Changes_noProject;
	public static String Column_project;
	public static String Column_student;
	public static String Column_files;
	public static String Column_lines;
	public static String Column_linesValue;
	public static String Column_status;
	public static String Column_file;
	public static String Column_action;
	public static String Status_willUpdate;
	public static String Status_unchanged;
	public static String Status_conflicts;
	public static String Status_oneConflict;
	public static String Status_notInExport;
	public static String Status_noBase;
	public static String Action_add;
	public static String Action_update;
	public static String Action_merge;
	public static String Action_delete;
	public static String Action_keep;
	public static String Action_conflict;
	public static String Action_mine;
	public static String Action_students;
	public static String Action_merged;
	public static String Button_merge;
	public static String Button_merge_tooltip;
	public static String Button_mine;
	public static String Button_mine_tooltip;
	public static String Button_students;
	public static String Button_students_tooltip;
	public static String Read_failed;
	public static String Compare_title;
	public static String Compare_left;
	public static String Compare_leftMissing;
	public static String Compare_right;
	public static String Compare_rightMissing;
	public static String Compare_ancestor;
	public static String Compare_ok;
	public static String Job_name;
	public static String Job_importing;
	public static String Job_doneTitle;
	public static String Job_doneText;
	public static String Job_cancelled;
	public static String Job_show;
	public static String Job_failed;
	public static String Job_closePlan;

	static {
		NLS.initializeMessages(BUNDLE_NAME, RefreshMessages.class);
	}

	private RefreshMessages() {
	}
}
