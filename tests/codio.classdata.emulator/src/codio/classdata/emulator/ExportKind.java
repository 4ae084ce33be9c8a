package codio.classdata.emulator;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an export task builds. The first six are class exports under {@code courses/{id}/export/{pathName}};
 * {@link #ACCESS} and {@link #LTI} are not in Codio's public API (its web UI offers them), and the API lists
 * only the class data and course sources links; the emulator serves the rest only when a test asks it to.
 */
public enum ExportKind {
	WORKDATA("workdata", true),
	SOURCES("sources", true),
	COACH("coach", true),
	LLMPROXY("llmproxy", true),
	ACCESS("access", true),
	LTI("lti", true),
	/** {@code courses/{id}/export/assessments/csv}. */
	ASSESSMENTS("assessments", false),
	/** {@code courses/{id}/assignments/{id}/students/{id}/download}. */
	STUDENT_WORKSPACE("student-workspace", false);

	private final String pathName;
	private final boolean classExport;

	ExportKind(String pathName, boolean classExport) {
		this.pathName = pathName;
		this.classExport = classExport;
	}

	public String pathName() {
		return pathName;
	}

	/** True for the kinds started with {@code POST courses/{id}/export/{pathName}}. */
	public boolean isClassExport() {
		return classExport;
	}

	/** True for the kinds Codio's web UI offers but its public API does not. */
	public boolean isUnofficial() {
		return this == ACCESS || this == LTI;
	}

	/** True for the kinds whose list of links ({@code GET courses/{id}/export/{pathName}}) the published API has. */
	public boolean isListedInPublicApi() {
		return this == WORKDATA || this == SOURCES;
	}

	/** The class export of that path segment, e.g. {@code workdata}. */
	public static Optional<ExportKind> ofClassExportPath(String pathName) {
		return Arrays.stream(values()).filter(kind -> kind.isClassExport() && kind.pathName.equals(pathName))
				.findFirst();
	}
}
