package codio.classdata.api;

import org.eclipse.osgi.util.NLS;

/**
 * The exports Codio builds for a class in the background. All but {@link #ASSESSMENTS} follow one pattern:
 * {@code POST courses/{c}/export/{path}} starts one, {@code GET …/progress/{taskId}} (or the task's
 * {@code taskUri}) reports on it, and {@code GET courses/{c}/export/{path}} lists the active links, though Codio's
 * published API documents that list only for {@link #WORKDATA} and {@link #SOURCES}.
 */
public enum ExportKind {
	WORKDATA("workdata", "Class Data", ".zip", true, true, null),
	SOURCES("sources", "Course Sources", ".zip", true, true, null),
	ASSESSMENTS("assessments", "Assessment Data", ".csv", true, false, null),
	COACH("coach", "Coach Logs", ".csv", true, false, null),
	LLMPROXY("llmproxy", "LLM Usage", ".csv", true, false, null),
	ACCESS("access", "User Access Data", ".csv", false, false, "Class > Admin > Export > Course Access Data"),
	LTI("lti", "LTI Assignment URLs", ".csv", false, false, "Class > LTI / LMS > Assignment URLs");

	private final String path;
	private final String label;
	private final String extension;
	private final boolean inPublicApi;
	private final boolean listedInPublicApi;
	private final String webUiPath;

	ExportKind(String path, String label, String extension, boolean inPublicApi, boolean listedInPublicApi,
			String webUiPath) {
		this.path = path;
		this.label = label;
		this.extension = extension;
		this.inPublicApi = inPublicApi;
		this.listedInPublicApi = listedInPublicApi;
		this.webUiPath = webUiPath == null ? "Class > Admin > " + label : webUiPath;
	}

	/** The path segment after {@code export/}, also the command line's {@code --kind} value. */
	public String path() {
		return path;
	}

	/** The name Codio's web UI gives this export. */
	public String label() {
		return label;
	}

	/** The extension of the file the export produces, used when the link does not name the file. */
	public String extension() {
		return extension;
	}

	/** Whether Codio's published API documents this export. */
	public boolean inPublicApi() {
		return inPublicApi;
	}

	/**
	 * Whether Codio's published API documents the list of this kind's active links; for the others a server may
	 * answer the list with 404, and the links the plugin started are all it can show.
	 */
	public boolean listedInPublicApi() {
		return listedInPublicApi;
	}

	/** Where in Codio's web UI the same export is made. */
	public String webUiPath() {
		return webUiPath;
	}

	public static ExportKind fromPath(String path) {
		for (ExportKind kind : values()) {
			if (kind.path.equalsIgnoreCase(path)) {
				return kind;
			}
		}
		throw new IllegalArgumentException(NLS.bind(ApiText.ExportKind_unknown, path));
	}
}
