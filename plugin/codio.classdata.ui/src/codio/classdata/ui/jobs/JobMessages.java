package codio.classdata.ui.jobs;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the background jobs. */
public final class JobMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.jobs.messages";

	public static String DownloadJob_name;
	public static String DownloadJob_doneTitle;
	public static String DownloadJob_doneText;
	public static String DownloadJob_diskFailed;
	public static String ExportJob_name;
	public static String ExportJob_readyTitle;
	public static String ExportJob_readyText;
	public static String Action_download;
	public static String Action_openFolder;
	public static String Action_importWorkspaces;
	public static String UnitDataJob_name;
	public static String BackupJob_name;
	public static String BackupJob_doneTitle;
	public static String BackupJob_summary;
	public static String BackupJob_chooseFolder;
	public static String Job_notSignedIn;
	public static String Job_secureStorageFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, JobMessages.class);
	}

	private JobMessages() {
	}
}
