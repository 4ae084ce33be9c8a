package codio.classdata.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.StandaloneEmulator;

/**
 * What a user does with an Eclipse into which the IDE feature was installed, each step checked: install it from
 * the site zip, list the classes with the installed command line, open the installed IDE on the Codio perspective.
 */
final class InstalledIde {

	static final String FEATURE = "codio.classdata.feature.feature.group";
	private static final String COURSES_LIST = "Request: GET /api/v1/courses_list 200";

	private InstalledIde() {
	}

	/** Installs the IDE feature from the built site zip with the installation's own p2 director. */
	static void install(Installation eclipse) throws Exception {
		assertFalse(eclipse.installedBundles().contains("codio.classdata.core"), "the Eclipse is plain");

		ProcessRun run = eclipse.director("-repository", "jar:" + Installation.site().toUri() + "!/", "-installIU",
				FEATURE);

		assertEquals(0, run.exitCode(), run.describe());
		List<String> bundles = eclipse.installedBundles();
		assertTrue(bundles.containsAll(List.of("codio.classdata.core", "codio.classdata.cli", "codio.classdata.ui",
				"com.google.gson", "com.squareup.okhttp3", "org.apache.commons.commons-compress",
				"com.github.luben.zstd-jni", "org.apache.commons.commons-csv")), bundles.toString());
	}

	/** The installed command line lists the emulator's classes. */
	static void listsTheClasses(Installation eclipse, StandaloneEmulator emulator) throws Exception {
		ProcessRun run = eclipse.commandLine(eclipse.work().resolve("cli-workspace"), credentials(), "--api-url",
				emulator.apiUrl(), "--oauth-url", emulator.oauthUrl(), "classes");

		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.output().contains("CS 101: Introduction to Programming (Fall 2026)"), run.describe());
		assertTrue(run.output().contains("8 classes"), run.describe());
		assertFalse(run.output().contains(DemoData.CLIENT_SECRET), "the secret is never printed");
	}

	/**
	 * Signs a workspace in with the installed command line, opens the installed IDE on it in the Codio perspective
	 * on a display of its own, waits until the Codio Classes view has asked the emulator for the classes, saves a
	 * screenshot, and checks that none of our bundles logged an error.
	 */
	static void showsTheClasses(Installation eclipse, StandaloneEmulator emulator, String screenshot)
			throws Exception {
		Path workspace = eclipse.work().resolve("ide-workspace");
		ProcessRun signIn = eclipse.commandLine(workspace, credentials(), "--api-url", emulator.apiUrl(),
				"--oauth-url", emulator.oauthUrl(), "sign-in");
		assertEquals(0, signIn.exitCode(), signIn.describe());

		long listedBefore = coursesListed(emulator);
		try (VirtualDisplay display = VirtualDisplay.start(1280, 800)) {
			List<String> command = eclipse.launch(List.of("-Xmx1g"), "-data", workspace.toString(), "-perspective",
					"codio.classdata.ui.perspective");
			command.addAll(eclipse.secureStorageArguments());
			Path log = eclipse.work().resolve("ide.log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("DISPLAY", display.name());
			Process ide = builder.start();
			try {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
				while (coursesListed(emulator) == listedBefore && ide.isAlive() && System.nanoTime() < deadline) {
					Thread.sleep(250);
				}
				assertTrue(ide.isAlive(), "the IDE exited: " + Files.readString(log));
				assertTrue(coursesListed(emulator) > listedBefore,
						"the Codio Classes view asked the emulator for the classes");
				Thread.sleep(5_000); // the view fills its tree after the answer
				Path file = capture(display, screenshot);
				assertTrue(Files.size(file) > 10_000, "a real screenshot: " + Files.size(file));
			} finally {
				ide.descendants().forEach(ProcessHandle::destroyForcibly);
				ide.destroyForcibly();
				ide.waitFor(20, TimeUnit.SECONDS);
			}
		}
		assertEquals(List.of(), errorsOfOurBundles(workspace.resolve(".metadata/.log")));
	}

	static Map<String, String> credentials() {
		return Map.of("CODIO_CLIENT_ID", DemoData.CLIENT_ID, "CODIO_CLIENT_SECRET", DemoData.CLIENT_SECRET);
	}

	private static long coursesListed(StandaloneEmulator emulator) {
		return emulator.printed().stream().filter(COURSES_LIST::equals).count();
	}

	/** Error entries that our bundles logged, from the workspace log of the IDE. */
	private static List<String> errorsOfOurBundles(Path log) throws IOException {
		if (!Files.exists(log)) {
			return List.of();
		}
		List<String> errors = new ArrayList<>();
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			if (line.startsWith("!ENTRY codio.classdata") && line.split(" ")[2].equals("4")) {
				errors.add(line);
			}
		}
		return errors;
	}

	private static Path capture(VirtualDisplay display, String name) throws Exception {
		Path folder = Installation.path("codio.classdata.docsImages");
		Files.createDirectories(folder);
		Path file = folder.resolve(name);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				ownClasses(), ScreenCapture.class.getName(), file.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("DISPLAY", display.name());
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		Process capture = builder.start();
		String output = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(capture.waitFor(60, TimeUnit.SECONDS) && capture.exitValue() == 0, "screen capture: " + output);
		return file;
	}

	/** This bundle's classes as a class path entry: its folder when run from the build, else its jar. */
	private static String ownClasses() {
		File location = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(InstalledIde.class)).orElseThrow();
		File classes = new File(location, "target/classes");
		return location.isDirectory() && classes.isDirectory() ? classes.getPath() : location.getPath();
	}
}
