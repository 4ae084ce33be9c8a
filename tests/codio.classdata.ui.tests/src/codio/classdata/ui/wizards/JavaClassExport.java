package codio.classdata.ui.wizards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A class export as Codio makes it ({@code assignment/student/…}): one small Java workspace per assignment and
 * student that compiles, with the {@code .codio} run configuration that makes the wizard recommend Java 17.
 */
final class JavaClassExport {

	private JavaClassExport() {
	}

	static Path write(Path file, List<String> assignments, List<String> students) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String assignment : assignments) {
				String slug = assignment.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
				for (String student : students) {
					for (Map.Entry<String, String> entry : workspace(slug, student).entrySet()) {
						zip.putNextEntry(new ZipEntry(assignment + "/" + student + "/" + entry.getKey()));
						zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
						zip.closeEntry();
					}
				}
			}
		}
		return file;
	}

	private static Map<String, String> workspace(String slug, String student) {
		return Map.of(".codio", """
				{ "commands": { "Run": "javac -d out code/%1$s/Main.java" },
				  "debugger": [ { "type": "JAVA", "command": "java -cp out %1$s.Main" } ] }
				""".formatted(slug), //
				".guides/content.md", "# Task\n", //
				"code/" + slug + "/Main.java", """
						package %s;

						/** Written by %s. */
						public class Main {
							public static void main(String[] args) {
								System.out.println(args.length);
							}
						}
						""".formatted(slug, student));
	}
}
