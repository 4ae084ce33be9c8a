package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import codio.classdata.workspace.TestArchives.Spec;

/** Class exports as Codio makes them ({@code assignment/student/…}), for tests of other packages. */
public final class ClassExports {

	private ClassExports() {
	}

	/** A zip of Java workspaces, one per assignment and student, that compile. */
	public static Path javaClassExport(Path file, List<String> assignments, List<String> students)
			throws IOException {
		List<Spec> specs = new ArrayList<>();
		for (String assignment : assignments) {
			for (String student : students) {
				String slug = assignment.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
				specs.addAll(ImportWorkspacesOperationTest.javaWorkspace(assignment + "/" + student + "/", slug,
						student));
			}
		}
		return TestArchives.write(file, TestArchives.zip(specs.toArray(Spec[]::new)));
	}
}
