package codio.classdata.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The files of one Codio workspace, as a class export holds it: {@code .codio} (Run and debugger buttons, JSON with
 * comments), {@code .settings} (INI), the teacher's guide under {@code .guides/}, and the code of the class's
 * language. The same student, assignment and settings always give the same files.
 */
final class StudentWorkspace {

	private StudentWorkspace() {
	}

	/** Every assignment of the class, module by module. */
	static List<EmulatedAssignment> assignments(EmulatedCourse course) {
		List<EmulatedAssignment> assignments = new ArrayList<>();
		if (course.modules() != null) {
			for (EmulatedModule module : course.modules()) {
				if (module.assignments() != null) {
					assignments.addAll(module.assignments());
				}
			}
		}
		return assignments;
	}

	/**
	 * The folder names of the class's assignments in an export, in {@link #assignments} order: the names, with
	 * characters no file system accepts replaced and repeated names numbered.
	 */
	static List<String> folderNames(EmulatedCourse course) {
		Set<String> taken = new HashSet<>();
		List<String> names = new ArrayList<>();
		for (EmulatedAssignment assignment : assignments(course)) {
			String base = assignment.name().replaceAll("[\\\\/:*?\"<>|]", "_").strip();
			String name = base;
			for (int suffix = 2; !taken.add(name); suffix++) {
				name = base + " (" + suffix + ")";
			}
			names.add(name);
		}
		return names;
	}

	/**
	 * @param student whose workspace, or null for the teacher's starter project (no data file)
	 */
	static List<WorkspaceFile> files(EmulatedCourse course, EmulatedAssignment assignment, EmulatedUser student,
			WorkspaceShape shape) {
		WorkspaceSources sources = WorkspaceSources.of(ClassLanguage.of(course), assignment.name());
		String login = student == null ? "" : student.login();
		SplittableRandom random = SeededRandom.of("workspace", course.id(), assignment.id(), login);
		List<WorkspaceFile> files = new ArrayList<>();
		files.add(WorkspaceFile.text(".codio", codioFile(assignment, sources)));
		files.add(WorkspaceFile.text(".settings", settingsFile(random)));
		files.add(WorkspaceFile.text(".guides/content.md", guide(course, assignment, sources)));
		files.addAll(sources.assessments(taskSuffix(assignment)));
		if (student == null) {
			// Codio never copies the hidden tests into students' workspaces: only the published sources hold them
			files.addAll(sources.secureFiles());
		}
		List<WorkspaceFile> code = sources.sources(Math.max(1, shape.filesPerWorkspace()), student, random);
		files.addAll(student == null ? code : LaterWork.apply(code, course, assignment, student, shape.studentWork()));
		long padding = shape.paddingPerWorkspace(course);
		if (student != null && padding > 0) {
			files.add(WorkspaceFile.incompressible("data/dataset.bin", padding,
					SeededRandom.seed("data", course.id(), assignment.id(), login)));
		}
		return files;
	}

	private static String codioFile(EmulatedAssignment assignment, WorkspaceSources sources) {
		String uuid = UUID.nameUUIDFromBytes(assignment.id().getBytes(StandardCharsets.UTF_8)).toString();
		return """
				{
				  // Configure your Run and Preview buttons here.

				  // Run button configuration
				  "commands": {
				    "Run": %s
				  },

				  // Preview button configuration
				  "preview": {
				    "Project Index (static)": "https://{{domain}}/{{index}}",
				    "Current File (static)": "https://{{domain}}/{{filepath}}"
				  },

				  // Debugger target button configuration
				  "debugger": [
				    {
				      "type": "%s",
				      "command": %s,
				      "name": %s,
				      "uuid": "%s"
				    }
				  ]
				}
				""".formatted(json(sources.runCommand()), sources.debuggerType(), json(sources.debugCommand()),
				json("Debug " + assignment.name()), uuid);
	}

	private static String settingsFile(SplittableRandom random) {
		return """
				[editor]
				tab_size = %d
				soft_tabs = true
				line_wrapping = false
				font_size = %d

				[ide]
				theme = %s
				filetree_hidden_files = .guides,out

				[terminal]
				font_size = 13

				[preview]
				auto_refresh = false
				""".formatted(random.nextBoolean() ? 4 : 2, 12 + random.nextInt(5),
				random.nextBoolean() ? "dark" : "light");
	}

	private static String guide(EmulatedCourse course, EmulatedAssignment assignment, WorkspaceSources sources) {
		String module = course.modules() == null ? ""
				: course.modules().stream().filter(m -> m.assignments() != null && m.assignments().contains(assignment))
						.map(EmulatedModule::name).findFirst().orElse("");
		return """
				# %s

				*%s* · %s

				## Your task

				Write a program that adds the numbers from 1 up to a limit and prints the total after the
				assignment's name. Press **Run** (`%s`) to try it, then **Check It!** to run the tests.

				{Check It!|assessment}(code-output-compare-%s)
				""".formatted(assignment.name(), module, course.name(), sources.runCommand(), taskSuffix(assignment));
	}

	/** What the assignment's assessment ids end with, such as {@code code-output-compare-1a2b3c4d}. */
	static String taskSuffix(EmulatedAssignment assignment) {
		return assignment.id().substring(0, 8);
	}

	private static String json(String text) {
		return JsonResponses.gson().toJson(text);
	}
}
