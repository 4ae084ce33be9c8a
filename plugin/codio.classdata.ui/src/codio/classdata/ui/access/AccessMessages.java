package codio.classdata.ui.access;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the Access Data editor. */
public final class AccessMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.access.messages";

	public static String Editor_unsupportedInput;
	public static String Editor_loading;
	public static String Editor_errorTitle;
	public static String Editor_events;
	public static String Editor_students;
	public static String Editor_flags;
	public static String Editor_activity;
	public static String Editor_description;
	public static String Editor_badRows;
	public static String Editor_badRowsTitle;
	public static String Editor_badRow;
	public static String Events_text;
	public static String Events_student;
	public static String Events_unit;
	public static String Events_type;
	public static String Events_role;
	public static String Events_any;
	public static String Events_from;
	public static String Events_until;
	public static String Events_datePattern;
	public static String Events_export;
	public static String Events_anonymised;
	public static String Events_filtering;
	public static String Events_status;
	public static String Events_restricted;
	public static String Students_name;
	public static String Students_login;
	public static String Students_role;
	public static String Students_lastLogin;
	public static String Students_sessions;
	public static String Students_visits;
	public static String Students_events;
	public static String Students_totalTime;
	public static String Students_ips;
	public static String Students_never;
	public static String Students_duration;
	public static String Students_estimated;
	public static String Flags_kind;
	public static String Flags_who;
	public static String Flags_when;
	public static String Flags_rows;
	public static String Flags_message;
	public static String Flags_sharedIp;
	public static String Flags_manyIps;
	public static String Flags_outsideDates;
	public static String Flags_outsideDatesFrom;
	public static String Flags_outsideDatesTip;
	public static String Flags_to;
	public static String FlagsJob_name;
	public static String Flags_none;
	public static String Flags_summaryOne;
	public static String Flags_summary;
	public static String Activity_wholeClass;
	public static String Activity_allUnits;
	public static String Activity_perDay;
	public static String Activity_perHour;
	public static String Activity_counting;
	public static String Activity_total;
	public static String Activity_empty;
	public static String Activity_eventsAxis;
	public static String Activity_perDayAxis;
	public static String Activity_perHourAxis;
	public static String Export_title;
	public static String Export_anonymisedTitle;
	public static String Export_name;
	public static String Export_anonymisedName;
	public static String Export_notTheSource;
	public static String Export_job;
	public static String Export_anonymisedJob;
	public static String Export_failed;
	public static String Export_doneTitle;
	public static String Export_done;
	public static String LoadJob_name;
	public static String LoadJob_summarising;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AccessMessages.class);
	}

	private AccessMessages() {
	}
}
