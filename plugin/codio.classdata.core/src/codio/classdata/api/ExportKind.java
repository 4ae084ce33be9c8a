package codio.classdata.api;

/**
 * The exports Codio builds for a class in the background. All but {@link #ASSESSMENTS} follow one pattern:
 * {@code GET courses/{c}/export/{path}} lists the active links, {@code POST} starts one, and
 * {@code GET …/progress/{taskId}} reports on it.
 */
public enum ExportKind {
	WORKDATA("workdata", "Class Data", ".zip", true, null),
	SOURCES("sources", "Course Sources", ".zip", true, null),
	ASSESSMENTS("assessments", "Assessment Data", ".csv", true, null),
	COACH("coach", "Coach Logs", ".csv", true, null),
	LLMPROXY("llmproxy", "LLM Usage", ".csv", true, null),
	ACCESS("access", "User Access Data", ".csv", false, "Class > Admin > Export > Course Access Data"),
	LTI("lti", "LTI Assignment URLs", ".csv", false, "Class > LTI / LMS > Assignment URLs");

	private final String path;
	private final String label;
	private final String extension;
	private final boolean inPublicApi;
	private final String webUiPath;

	ExportKind(String path, String label, String extension, boolean inPublicApi, String webUiPath) {
		this.path = path;
		this.label = label;
		this.extension = extension;
		this.inPublicApi = inPublicApi;
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
		throw new IllegalArgumentException("'" + path + "' is not an export kind; use one of workdata, sources, "
				+ "assessments, coach, llmproxy, access, lti.");
	}
}
