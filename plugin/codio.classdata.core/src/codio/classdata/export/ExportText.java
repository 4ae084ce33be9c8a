package codio.classdata.export;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the export package, from exporttext.properties. */
public final class ExportText extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.export.exporttext";

	public static String BackupOperation_task;
	public static String BackupOperation_starting;
	public static String BackupOperation_backingUpClass;
	public static String BackupOperation_noTaskId;
	public static String BackupOperation_cannotWrite;
	public static String BackupOperation_oneClass;
	public static String BackupOperation_classes;

	public static String ExportOperation_task;
	public static String ExportOperation_starting;
	public static String ExportOperation_noTaskId;
	public static String ExportOperation_building;
	public static String ExportOperation_buildFailed;
	public static String ExportOperation_noLink;

	public static String ExportLinkList_task;

	public static String DownloadOperation_link;
	public static String DownloadOperation_task;
	public static String DownloadOperation_progress;
	public static String DownloadOperation_amountOf;
	public static String DownloadOperation_brokeOff;
	public static String DownloadOperation_stalled;
	public static String DownloadOperation_resumesNextTime;
	public static String DownloadOperation_tooShort;
	public static String DownloadOperation_hostFailed;
	public static String DownloadOperation_startingOver;
	public static String DownloadOperation_notArchive;
	public static String DownloadOperation_expired;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ExportText.class);
	}

	private ExportText() {
	}
}
