package codio.classdata.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a large class export as Codio makes it ({@code assignment/student/…}, DEFLATED, no folder entries) straight
 * to disk, one entry at a time, so its size costs no heap. Each workspace holds Codio's {@code .codio} and
 * {@code .settings} files, a guide under {@code .guides/}, a README, input data files and Java sources of 1–4 KB
 * under {@code code/com/example/<assignment>/}; the sources differ from student to student (seeded, so every run
 * writes the same archive).
 */
final class ClassExportGenerator {

	/** What was written. */
	record Export(Path file, int workspaces, int files, long bytes) {
	}

	private static final String[] PACKAGES = { "model", "io", "util", "exercises", "view" };
	private static final String[] WORDS = { "loop", "array", "index", "value", "total", "student", "input", "output",
			"count", "sum", "step", "print", "result", "line", "number", "test", "check", "list", "item", "read" };
	private static final int GUIDE_PAGES = 8;
	private static final int DATA_FILES = 20;
	/** .codio, .settings, book.json, assessments.json, the secure test, README.md, Main.java */
	private static final int FIXED_FILES = 7;
	private static final long MTIME = 1_700_000_000_000L;

	private final String assignment;
	private final int students;
	private final int filesPerWorkspace;

	ClassExportGenerator(String assignment, int students, int filesPerWorkspace) {
		if (filesPerWorkspace < FIXED_FILES + GUIDE_PAGES + DATA_FILES + 1) {
			throw new IllegalArgumentException("too few files per workspace: " + filesPerWorkspace);
		}
		this.assignment = assignment;
		this.students = students;
		this.filesPerWorkspace = filesPerWorkspace;
	}

	/** The login of student {@code index} (from 0), which is also its folder name. */
	static String student(int index) {
		return String.format(Locale.ROOT, "student%03d", index + 1);
	}

	Export write(Path file) throws IOException {
		long bytes = 0;
		int files = 0;
		String slug = assignment.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			zip.setMethod(ZipOutputStream.DEFLATED);
			for (int s = 0; s < students; s++) {
				Workspace workspace = new Workspace(zip, assignment + "/" + student(s) + "/", new Random(s));
				workspace.write(slug, student(s));
				bytes += workspace.bytes;
				files += workspace.files;
			}
		}
		return new Export(file, students, files, bytes);
	}

	/** One student's files, written as they are made. */
	private final class Workspace {

		private final ZipOutputStream zip;
		private final String prefix;
		private final Random random;
		long bytes;
		int files;

		Workspace(ZipOutputStream zip, String prefix, Random random) {
			this.zip = zip;
			this.prefix = prefix;
			this.random = random;
		}

		void write(String slug, String login) throws IOException {
			String packageName = "com.example." + slug;
			String code = "code/" + packageName.replace('.', '/');
			entry(".codio", """
					{
					  // Configure your Run and Preview buttons here.
					  "commands": {
					    "Run": "javac -sourcepath code -d out %1$s/Main.java && java -cp out %2$s.Main"
					  },
					  "debugger": [ { "type": "JAVA", "command": "java -cp out %2$s.Main" } ]
					}
					""".formatted(code, packageName));
			entry(".settings", """
					[editor]
					tab_size = 4
					soft_tabs = true

					[ide]
					theme = dark
					filetree_hidden_files = .guides,out

					[search]
					exclude_paths = out
					""");
			entry(".guides/book.json", book());
			entry(".guides/assessments.json", "[{\"type\": \"test\", \"taskId\": \"" + slug
					+ "-1\", \"source\": {\"name\": \"Check It!\", \"command\": \"bash .guides/secure/run.sh\"}}]\n");
			entry(".guides/secure/MainTest.java", """
					import static org.junit.jupiter.api.Assertions.assertTrue;

					import org.junit.jupiter.api.Test;

					class MainTest {

						@Test
						void printsTheTotal() {
							%s.Main.main(new String[0]);
							assertTrue(true);
						}
					}
					""".formatted(packageName));
			for (int page = 1; page <= GUIDE_PAGES; page++) {
				entry(String.format(Locale.ROOT, ".guides/content/page-%02d.md", page),
						text("# Page " + page + "\n\n", 1024 + random.nextInt(3072)));
			}
			entry("README.md", text("# " + assignment + "\n\nWork of " + login + ".\n\n", 1024 + random.nextInt(1024)));
			for (int data = 1; data <= DATA_FILES; data++) {
				entry(String.format(Locale.ROOT, "data/input-%02d.txt", data), numbers(1024 + random.nextInt(3072)));
			}
			entry(code + "/Main.java", main(packageName, login));
			int types = filesPerWorkspace - FIXED_FILES - GUIDE_PAGES - DATA_FILES;
			for (int i = 1; i <= types; i++) {
				String subpackage = PACKAGES[i % PACKAGES.length];
				entry(code + "/" + subpackage + "/Type" + i + ".java",
						type(packageName + "." + subpackage, "Type" + i, login, 1024 + random.nextInt(3072)));
			}
		}

		private void entry(String name, String content) throws IOException {
			byte[] data = content.getBytes(StandardCharsets.UTF_8);
			ZipEntry entry = new ZipEntry(prefix + name);
			entry.setTime(MTIME);
			zip.putNextEntry(entry);
			zip.write(data);
			zip.closeEntry();
			bytes += data.length;
			files++;
		}

		private String book() {
			StringBuilder json = new StringBuilder("{\n  \"name\": \"" + assignment + "\",\n  \"children\": [\n");
			for (int page = 1; page <= GUIDE_PAGES; page++) {
				json.append(String.format(Locale.ROOT, "    {\"type\": \"page\", \"title\": \"Page %d\", "
						+ "\"pageId\": \"page-%02d\"}%s%n", page, page, page < GUIDE_PAGES ? "," : ""));
			}
			return json.append("  ]\n}\n").toString();
		}

		private String text(String head, int size) {
			StringBuilder text = new StringBuilder(head);
			while (text.length() < size) {
				int words = 6 + random.nextInt(10);
				for (int w = 0; w < words; w++) {
					text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
				}
				text.append(".\n");
			}
			return text.toString();
		}

		private String numbers(int size) {
			StringBuilder text = new StringBuilder();
			while (text.length() < size) {
				text.append(random.nextInt(10_000)).append(random.nextInt(4) == 0 ? '\n' : ' ');
			}
			return text.append('\n').toString();
		}

		private String main(String packageName, String login) {
			return """
					package %s;

					// %s wrote this
					public class Main {

						public static void main(String[] args) {
							int total = 0;
							for (int i = 1; i <= %d; i++) {
								total += i;
							}
							System.out.println("Sums: " + total);
						}
					}
					""".formatted(packageName, login, 5 + random.nextInt(20));
		}

		private String type(String packageName, String name, String login, int size) {
			StringBuilder java = new StringBuilder();
			java.append("package ").append(packageName).append(";\n\n");
			java.append("import java.util.ArrayList;\nimport java.util.List;\n\n");
			java.append("/**\n * The {@code ").append(name).append("} part of the exercise.\n *\n * @author ")
					.append(login).append("\n */\npublic class ").append(name).append(" {\n\n");
			java.append("\tprivate final List<Integer> values = new ArrayList<>();\n");
			java.append("\tprivate int total = ").append(random.nextInt(100)).append(";\n");
			for (int method = 0; java.length() < size - 2; method++) {
				String word = WORDS[random.nextInt(WORDS.length)];
				java.append("\n\t/** Adds the ").append(word).append(" to the running total. */\n");
				java.append("\tpublic int ").append(word).append(method).append("(int amount) {\n");
				java.append("\t\tfor (int i = 0; i < amount; i++) {\n");
				java.append("\t\t\tvalues.add(i * ").append(1 + random.nextInt(9)).append(");\n");
				java.append("\t\t\ttotal += i % ").append(2 + random.nextInt(7)).append(";\n\t\t}\n");
				java.append("\t\treturn total;\n\t}\n");
			}
			return java.append("}\n").toString();
		}
	}
}
