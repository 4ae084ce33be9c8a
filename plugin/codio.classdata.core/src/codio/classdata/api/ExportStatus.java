package codio.classdata.api;

/**
 * The state of an export task ({@code DownloadStatus}): done or not, and then either the URL of the file or the
 * error Codio reported.
 */
public record ExportStatus(String taskId, boolean done, String url, String error) {

	public boolean succeeded() {
		return done && (error == null || error.isEmpty()) && url != null && !url.isEmpty();
	}

	public boolean failed() {
		return done && error != null && !error.isEmpty();
	}
}
