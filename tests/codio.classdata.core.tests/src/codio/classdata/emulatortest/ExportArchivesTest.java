package codio.classdata.emulatortest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import codio.classdata.emulator.EmulatedAssignment;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.EmulatedModule;
import codio.classdata.emulator.EmulatedUser;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The files behind export links: the class-data zip holds {@code {assignment}/{student}/…} workspaces of the
 * class's language, the sources zip the starter projects, the per-student download a {@code .tar.zst}.
 */
class ExportArchivesTest {

	private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

	private EmulatorSession session;

	@BeforeEach
	void start() throws Exception {
		session = EmulatorSession.start();
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void classDataZipHoldsAWorkspacePerAssignmentAndStudent() throws Exception {
		EmulatedCourse course = session.course("java");
		Map<String, byte[]> entries = unzip(session.download(session.exportUrl(course.id(), "workdata")));

		Set<String> expectedFolders = new TreeSet<>();
		for (EmulatedAssignment assignment : assignments(course)) {
			for (EmulatedUser student : session.emulator.state().students(course.id())) {
				expectedFolders.add(assignment.name() + "/" + student.login());
			}
		}
		Set<String> folders = entries.keySet().stream().map(name -> name.split("/", 3))
				.peek(parts -> assertEquals(3, parts.length, String.join("/", parts)))
				.map(parts -> parts[0] + "/" + parts[1]).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(expectedFolders, folders);
		for (String folder : folders) {
			String codio = text(entries, folder + "/.codio");
			assertTrue(codio.contains("// Run button configuration"), codio);
			assertTrue(codio.contains("\"Run\": \"javac -sourcepath code -d out code/com/example/"), codio);
			assertTrue(codio.contains("\"type\": \"JAVA\""), codio);
			assertTrue(text(entries, folder + "/.settings").startsWith("[editor]\n"));
			assertTrue(entries.containsKey(folder + "/.guides/content.md"));
			assertTrue(entries.keySet().stream()
					.anyMatch(name -> name.startsWith(folder + "/.guides/assessments/code-output-compare-")));
			assertFalse(entries.keySet().stream().anyMatch(name -> name.startsWith(folder + "/.guides/secure/")),
					"Codio never copies the hidden tests into students' workspaces");
		}
		long javaFiles = 0;
		for (String name : entries.keySet()) {
			if (name.endsWith(".java") && name.contains("/code/")) {
				javaFiles++;
				Matcher declared = PACKAGE.matcher(text(entries, name));
				assertTrue(declared.find(), name);
				String folderOfFile = name.substring(name.indexOf("/code/") + "/code/".length(), name.lastIndexOf('/'));
				assertEquals(folderOfFile, declared.group(1).replace('.', '/'), name);
			}
		}
		assertEquals(2L * expectedFolders.size(), javaFiles, "two source files per workspace, as set");
	}

	@Test
	void workspacesFollowTheLanguageOfTheClass() throws Exception {
		Map<String, byte[]> python = unzip(
				session.download(session.exportUrl(session.course("jupyter").id(), "workdata")));
		Map<String, byte[]> cpp = unzip(session.download(session.exportUrl(session.course("c++").id(), "workdata")));
		Map<String, byte[]> node = unzip(
				session.download(session.exportUrl(session.course("nodejs").id(), "workdata")));

		assertTrue(python.keySet().stream().anyMatch(name -> name.endsWith("/main.py")));
		assertTrue(python.keySet().stream().anyMatch(name -> name.endsWith("/notebook.ipynb")));
		assertTrue(python.keySet().stream().filter(name -> name.endsWith("/.codio"))
				.allMatch(name -> text(python, name).contains("\"type\": \"PYTHON3\"")));
		assertTrue(cpp.keySet().stream().anyMatch(name -> name.endsWith("/main.cpp")));
		assertTrue(cpp.keySet().stream().anyMatch(name -> name.endsWith("/Makefile")));
		assertTrue(node.keySet().stream().anyMatch(name -> name.endsWith("/package.json")));
		assertTrue(node.keySet().stream().anyMatch(name -> name.endsWith("/index.js")));
		assertFalse(python.keySet().stream().anyMatch(name -> name.endsWith(".java")));
	}

	@Test
	void exportSizeAddsIncompressibleStoredData() throws Exception {
		session.emulator.state().setStudentsPerClass(2);
		session.emulator.state().setExportSizeBytes(2 << 20);
		byte[] zip = session.download(session.exportUrl(session.course("java").id(), "workdata"));

		assertTrue(zip.length > 2 << 20 && zip.length < (2 << 20) + (512 << 10), "zip of " + zip.length + " bytes");
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			int dataFiles = 0;
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().endsWith("/data/dataset.bin")) {
					dataFiles++;
					assertEquals(ZipEntry.STORED, entry.getMethod());
				}
			}
			assertTrue(dataFiles > 0);
		}
	}

	@Test
	void sameSettingsGiveTheSameBytes() throws Exception {
		byte[] first = session.download(session.exportUrl(session.course("python").id(), "workdata"));
		byte[] second;
		try (EmulatorSession otherSession = EmulatorSession.start()) {
			second = otherSession.download(otherSession.exportUrl(otherSession.course("python").id(), "workdata"));
		}

		assertArrayEquals(first, second);
	}

	@Test
	void aNewerExportHoldsTheStudentsLaterWorkAndTheOlderOneKeepsItsBytes() throws Exception {
		String courseId = session.course("python").id();
		String olderUrl = session.exportUrl(courseId, "workdata");
		byte[] older = session.download(olderUrl);
		session.emulator.state().advanceStudentWork();
		Map<String, byte[]> before = unzip(older);
		Map<String, byte[]> after = unzip(session.download(session.exportUrl(courseId, "workdata")));

		Set<String> changed = new TreeSet<>();
		Set<String> added = new TreeSet<>(after.keySet());
		added.removeAll(before.keySet());
		before.forEach((name, bytes) -> {
			if (!java.util.Arrays.equals(bytes, after.get(name))) {
				changed.add(name);
			}
		});
		assertFalse(changed.isEmpty(), "some students changed their code");
		assertTrue(changed.stream().allMatch(name -> text(after, name).endsWith("# later work, round 1\n")), changed
				.toString());
		assertFalse(added.isEmpty(), "some added a file");
		assertTrue(added.stream().allMatch(name -> name.endsWith("/notes-1.md")), added.toString());
		Set<String> studentsWhoWorked = new TreeSet<>();
		changed.forEach(name -> studentsWhoWorked.add(name.split("/", 3)[0] + "/" + name.split("/", 3)[1]));
		Set<String> allStudents = new TreeSet<>();
		before.keySet().forEach(name -> allStudents.add(name.split("/", 3)[0] + "/" + name.split("/", 3)[1]));
		assertTrue(studentsWhoWorked.size() < allStudents.size(), "some left their workspace as it was");
		assertArrayEquals(older, session.download(olderUrl), "an export made before keeps its bytes");
	}

	@Test
	void studentsWhoKeepWorkingMakeEachClassExportNewer() throws Exception {
		String courseId = session.course("java").id();
		session.emulator.state().setStudentsKeepWorking(true);

		byte[] first = session.download(session.exportUrl(courseId, "workdata"));
		byte[] second = session.download(session.exportUrl(courseId, "workdata"));

		assertEquals(2, session.emulator.state().studentWork());
		assertFalse(java.util.Arrays.equals(first, second));
		assertTrue(unzip(second).keySet().stream().anyMatch(name -> name.endsWith("/notes-1.md")));
	}

	@Test
	void sourcesZipHoldsEachAssignmentsStarterProject() throws Exception {
		EmulatedCourse course = session.course("java");
		Map<String, byte[]> entries = unzip(session.download(session.exportUrl(course.id(), "sources")));

		assertEquals(assignments(course).size(), entries.size(), entries.keySet().toString());
		for (EmulatedAssignment assignment : assignments(course)) {
			byte[] archive = entries.get(assignment.name() + ".tar.zst");
			assertTrue(archive != null, assignment.name() + " in " + entries.keySet());
			Map<String, byte[]> files = new LinkedHashMap<>();
			try (TarArchiveInputStream tar = new TarArchiveInputStream(
					new ZstdCompressorInputStream(new ByteArrayInputStream(archive)))) {
				for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
					files.put(entry.getName(), tar.readAllBytes());
				}
			}
			assertTrue(files.containsKey(".codio"), files.keySet().toString());
			assertTrue(files.containsKey(".guides/content.md"));
			assertTrue(files.containsKey(".guides/secure/MainTest.java"), "the published sources hold the hidden tests");
			assertTrue(files.containsKey(".guides/secure/check.sh"));
			assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith(".guides/assessments/test-")));
			assertTrue(new String(files.get(files.keySet().stream().filter(name -> name.endsWith("/Main.java"))
					.findFirst().orElseThrow()), StandardCharsets.UTF_8).contains("your code here"), "starter code");
		}
	}

	@Test
	void perStudentDownloadIsAZstdCompressedTar() throws Exception {
		EmulatedCourse course = session.course("java");
		EmulatedAssignment assignment = assignments(course).get(0);
		EmulatedUser student = session.emulator.state().students(course.id()).get(1);
		String path = "courses/" + course.id() + "/assignments/" + assignment.id() + "/students/" + student.id()
				+ "/download";

		JsonObject progress = session.get(path).getAsJsonObject();
		String taskId = progress.get("taskId").getAsString();
		String url = session.awaitDone(progress.get("taskUri").getAsString()).get("url").getAsString();
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Response response = session.fetch(new Request.Builder().url(url).build());
				TarArchiveInputStream tar = new TarArchiveInputStream(
						new ZstdCompressorInputStream(response.body().byteStream()))) {
			assertEquals("application/zstd", response.header("Content-Type"));
			for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
				files.put(entry.getName(), tar.readAllBytes());
			}
		}

		assertEquals(session.emulator.apiUrl() + "/" + path + "/" + taskId, progress.get("taskUri").getAsString());
		assertTrue(url.contains(".tar.zst?"), url);
		assertTrue(files.containsKey(".codio"), files.keySet().toString());
		assertTrue(files.containsKey(".settings"));
		assertTrue(files.containsKey(".guides/content.md"));
		assertTrue(new String(files.get(files.keySet().stream().filter(name -> name.endsWith("/Main.java"))
				.findFirst().orElseThrow()), StandardCharsets.UTF_8).contains(student.login()));
	}

	@Test
	void perStudentDownloadOfAnUnknownStudentIs404() throws Exception {
		EmulatedCourse course = session.course("java");
		String path = "courses/" + course.id() + "/assignments/" + assignments(course).get(0).id()
				+ "/students/0123456789abcdef0123456789abcdef/download";

		try (Response response = session.call("GET", path)) {
			assertEquals(404, response.code());
			assertEquals("{\"code\":404,\"error\":\"Student not found\"}", response.body().string());
		}
	}

	static List<EmulatedAssignment> assignments(EmulatedCourse course) {
		return course.modules().stream().map(EmulatedModule::assignments).flatMap(List::stream).toList();
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String text(Map<String, byte[]> entries, String name) {
		byte[] bytes = entries.get(name);
		assertTrue(bytes != null, "no entry " + name);
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
