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

	public static String AccessCsvWriter_task;
	public static String AccessCsvWriter_exists;

	public static String AccessFlags_sharedIp;
	public static String AccessFlags_manyIps;
	public static String AccessFlags_outsideClassDatesOnce;
	public static String AccessFlags_outsideClassDates;
	public static String AccessFlags_andMore;
	public static String AccessFlags_oneHour;
	public static String AccessFlags_hours;
	public static String AccessFlags_minutes;

	public static String AccessLogReader_task;
	public static String AccessLogReader_binary;

	public static String ChunkLoader_empty;
	public static String ChunkLoader_unreadable;

	public static String ClassDates_noDay;
	public static String ClassDates_endBeforeStart;
	public static String ClassDates_form;
	public static String ClassDates_notADay;

	public static String HeaderLayout_unnamedColumn;
	public static String HeaderLayout_missingColumn;
	public static String HeaderLayout_missingColumns;

	public static String RowDecoder_width;
	public static String RowDecoder_date;
	public static String RowDecoder_accessType;

	static {
		NLS.initializeMessages(BUNDLE_NAME, AccessText.class);
	}

	private AccessText() {
	}
}
