package codio.classdata.install;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import codio.classdata.emulator.StandaloneEmulator;

/**
 * Compatibility: the same install into the newest Eclipse release that Maven Central serves (4.39, whose bundles
 * need Java 21), run on the newest JDK present. tests/run-tests builds that Eclipse with that JDK
 * (tests/latest-eclipse) and names the JDK; without one, these tests are skipped and say why.
 */
@TestMethodOrder(OrderAnnotation.class)
class NewestEclipseInstallTest {

	private static Installation eclipse;
	private static StandaloneEmulator emulator;
	private static boolean installed;

	@BeforeAll
	static void copyTheNewestEclipse() throws IOException {
		String java = System.getProperty("codio.classdata.install.newestJava", "");
		Path products = Installation.path("codio.classdata.install.newestProducts");
		assumeTrue(!java.isBlank() && Files.isExecutable(Path.of(java)),
				"no JDK 21+ was named (tests/run-tests names Temurin 25 when it is installed): the install into the "
						+ "newest Eclipse release was not tested");
		assumeTrue(Files.isDirectory(products.resolve("codio.classdata.newest")),
				"the newest Eclipse release was not built (tests/run-tests builds tests/latest-eclipse first)");
		eclipse = Installation.copyOf(products, "codio.classdata.newest", java);
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
	void theSiteInstallsTheIdeFeatureIntoTheNewestEclipse() throws Exception {
		InstalledIde.install(eclipse);
		installed = true;
	}

	@Test
	@Order(2)
	void theInstalledCommandLineListsTheClassesOnTheNewestJdk() throws Exception {
		assumeTrue(installed, "needs the install above");
		InstalledIde.listsTheClasses(eclipse, emulator);
	}

	@Test
	@Order(3)
	void theInstalledIdeOpensTheClassesViewOnTheNewestJdk() throws Exception {
		assumeTrue(installed, "needs the install above");
		InstalledIde.showsTheClasses(eclipse, emulator, "installed-into-newest-eclipse.png");
	}
}
