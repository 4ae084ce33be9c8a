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

	/**
	 * Whether the student's code does what the guide's tests check, which decides the grade Codio shows for it.
	 *
	 * @param student whose code
	 */
	default boolean solves(EmulatedUser student) {
		return true;
	}

	/** The test the guide's "Check It!" button runs, under {@code .guides/secure}. */
	WorkspaceFile guideTest();

	/** The hidden files of the published assignment, under {@code .guides/secure}. */
	default List<WorkspaceFile> secureFiles() {
		return List.of(guideTest());
	}

	/**
	 * The guide's assessments, one {@code .guides/assessments/<taskId>.json} each, as Codio stores them; by default a
	 * multiple-choice question, which no tool runs.
	 *
	 * @param taskSuffix what the task ids end with
	 */
	default List<WorkspaceFile> assessments(String taskSuffix) {
		return List.of(WorkspaceFile.text(".guides/assessments/multiple-choice-" + taskSuffix + ".json", """
				{
				  "type": "multiple-choice",
				  "taskId": "multiple-choice-%s",
				  "source": {
				    "name": "Check your understanding",
				    "showName": true,
				    "instructions": "Which loop adds the numbers from 1 up to a limit?",
				    "multipleResponse": false,
				    "answers": [
				      {"_id": "a", "correct": true, "answer": "for (i = 1; i <= n; i++) total += i"},
				      {"_id": "b", "correct": false, "answer": "for (i = 0; i < n; i++) total = i"}
				    ],
				    "points": 1
				  }
				}
				""".formatted(taskSuffix)));
	}

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
