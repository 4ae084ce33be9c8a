package codio.classdata.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import codio.classdata.emulator.StandaloneEmulator;

/**
 * The IDE feature, installed from the built site zip with the p2 director into a plain Eclipse 4.34 (platform +
 * JDT, none of our bundles), as Help > Install New Software does; then the installed command line and the installed
 * IDE, against the standalone emulator.
 */
@TestMethodOrder(OrderAnnotation.class)
class IdeInstallTest {

	private static Installation eclipse;
	private static StandaloneEmulator emulator;
	private static boolean installed;

	@BeforeAll
	static void copyThePlainEclipse() throws IOException {
		eclipse = Installation.copyOf("codio.classdata.plain");
		emulator = StandaloneEmulator.start("--task-delay-ms", "100", "--print-requests");
	}

	@AfterAll
	static void stopTheEmulator() throws InterruptedException {
		if (emulator != null) {
			emulator.close();
		}
	}

	@Test
	@Order(1)
	void aSiteThatLacksALibraryDoesNotInstallAndSaysWhich() throws Exception {
		Path broken = eclipse.work().resolve("site-without-gson");
		unzip(Installation.site(), broken);
		try (Stream<Path> plugins = Files.list(broken.resolve("plugins"))) {
			List<Path> gson = plugins.filter(p -> p.getFileName().toString().startsWith("com.google.gson_")).toList();
			assertEquals(1, gson.size(), "the site carries Gson");
			Files.delete(gson.get(0));
		}
		List<String> before = eclipse.installedBundles();

		ProcessRun run = eclipse.director("-repository", broken.toUri().toString(), "-installIU",
				InstalledIde.FEATURE);

		assertNotEquals(0, run.exitCode(), run.describe());
		assertTrue(run.output().contains("com.google.gson"), run.describe());
		assertEquals(before, eclipse.installedBundles(), "a failed install changes nothing");
	}

	@Test
	@Order(2)
	void theSiteInstallsTheIdeFeatureIntoAPlainEclipse() throws Exception {
		InstalledIde.install(eclipse);
		installed = true;
	}

	@Test
	@Order(3)
	void theInstalledCommandLineListsTheClasses() throws Exception {
		assumeTrue(installed, "needs the install above");
		InstalledIde.listsTheClasses(eclipse, emulator);
	}

	@Test
	@Order(4)
	void theInstalledIdeOpensTheClassesViewWithTheEmulatorsClasses() throws Exception {
		assumeTrue(installed, "needs the install above");
		InstalledIde.showsTheClasses(eclipse, emulator, "installed-into-plain-eclipse.png");
	}

	private static void unzip(Path zip, Path folder) throws IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
			for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder)) {
					throw new IOException("Entry outside the folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}
}
