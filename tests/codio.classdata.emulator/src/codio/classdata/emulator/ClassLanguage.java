package codio.classdata.emulator;

import java.util.List;

/** The language a class teaches, read from its tags; it decides what its students' workspaces hold. */
enum ClassLanguage {
	JAVA("java17"), PYTHON("python"), JUPYTER("jupyter"), CPP("cpp"), NODE("nodejs");

	private final String stackId;

	ClassLanguage(String stackId) {
		this.stackId = stackId;
	}

	/** The id of the certified stack such a class runs on (see {@link CertifiedStacks}). */
	String stackId() {
		return stackId;
	}

	static ClassLanguage of(EmulatedCourse course) {
		List<String> tags = course.tags() == null ? List.of() : course.tags();
		if (tags.contains("jupyter")) {
			return JUPYTER;
		}
		if (tags.contains("python")) {
			return PYTHON;
		}
		if (tags.contains("c++") || tags.contains("cpp") || tags.contains("c")) {
			return CPP;
		}
		if (tags.contains("nodejs") || tags.contains("javascript") || tags.contains("web")) {
			return NODE;
		}
		return JAVA;
	}
}
