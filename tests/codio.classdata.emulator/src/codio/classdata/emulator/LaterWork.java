package codio.classdata.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What students do between two exports of a class ({@link EmulatorState#advanceStudentWork()}): in each round,
 * about a third of them add a line to the end of their first source file (a comment, so that it still runs), a third also add a notes file, and the
 * rest leave their workspace as it was. Seeded by class, assignment, student and round, so every export of the same
 * round holds the same bytes.
 */
final class LaterWork {

	private LaterWork() {
	}

	static List<WorkspaceFile> apply(List<WorkspaceFile> code, EmulatedCourse course, EmulatedAssignment assignment,
			EmulatedUser student, int rounds) {
		List<WorkspaceFile> files = new ArrayList<>(code);
		int source = firstSource(files);
		for (int round = 1; round <= rounds && source >= 0; round++) {
			SplittableRandom random = SeededRandom.of("later-work", course.id(), assignment.id(), student.login(),
					String.valueOf(round));
			int kind = random.nextInt(3);
			if (kind == 0) {
				continue;
			}
			WorkspaceFile first = files.get(source);
			String comment = first.path().endsWith(".py") ? "#" : "//";
			String text = new String(first.text(), StandardCharsets.UTF_8);
			files.set(source, WorkspaceFile.text(first.path(), text + (text.endsWith("\n") ? "" : "\n") + comment
					+ " later work, round " + round + "\n"));
			if (kind == 2) {
				files.add(WorkspaceFile.text("notes-" + round + ".md", "# What I did in round " + round + "\n"));
			}
		}
		return files;
	}

	/** The first file a line comment can go at the end of (not a notebook or data), -1 when none. */
	private static int firstSource(List<WorkspaceFile> files) {
		for (int i = 0; i < files.size(); i++) {
			if (files.get(i).text() != null && files.get(i).path().matches(".*\\.(py|java|cpp|c|h|hpp|js)")) {
				return i;
			}
		}
		return -1;
	}
}
