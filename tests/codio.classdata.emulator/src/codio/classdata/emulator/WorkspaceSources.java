package codio.classdata.emulator;

import java.util.List;
import java.util.SplittableRandom;

/** The language-specific part of a generated Codio workspace: its code, how to run it, how its guide tests it. */
interface WorkspaceSources {

	/** The command of the {@code .codio} Run button. */
	String runCommand();

	/** The debugger {@code type} of {@code .codio}, e.g. {@code JAVA} or {@code PYTHON3}. */
	String debuggerType();

	String debugCommand();

	/**
	 * The workspace's code.
	 *
	 * @param count how many source files, at least 1
	 * @param author who wrote it, shown in a comment, or null for the teacher's starter code
	 */
	List<WorkspaceFile> sources(int count, EmulatedUser author, SplittableRandom random);

	/** The test the guide's "Check It!" button runs, under {@code .guides/secure}. */
	WorkspaceFile guideTest();

	static WorkspaceSources of(ClassLanguage language, String assignmentName) {
		return switch (language) {
		case JAVA -> new JavaSources(assignmentName);
		case PYTHON -> new PythonSources(assignmentName, false);
		case JUPYTER -> new PythonSources(assignmentName, true);
		case CPP -> new CppSources(assignmentName);
		case NODE -> new NodeSources(assignmentName);
		};
	}

	/** A comment line naming the author, or inviting the student to write the code. */
	static String authorLine(String assignmentName, EmulatedUser author) {
		return author == null ? assignmentName + ": your code here"
				: assignmentName + " (" + author.name() + ", " + author.login() + ")";
	}

	/** Lower-case letters and digits of a name, usable in identifiers, paths and package names. */
	static String slug(String name) {
		String letters = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return letters.isEmpty() || Character.isDigit(letters.charAt(0)) ? "a" + letters : letters;
	}
}
