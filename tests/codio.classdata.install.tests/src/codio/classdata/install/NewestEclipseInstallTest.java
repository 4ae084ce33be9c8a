package codio.classdata.install;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compatibility: the same install into the newest Eclipse release that Maven Central serves (4.39, whose bundles
 * need Java 21), run on the newest JDK present. tests/run-tests builds that Eclipse with that JDK
 * (tests/latest-eclipse) and names the JDK; without one, these tests are skipped and say why.
 */
class NewestEclipseInstallTest extends InstalledIdeTests {

	@Override
	protected Installation copyTheEclipse() throws Exception {
		String java = System.getProperty("codio.classdata.install.newestJava", "");
		Path products = Installation.path("codio.classdata.install.newestProducts");
		assumeTrue(!java.isBlank() && Files.isExecutable(Path.of(java)),
				"no JDK 21+ was named (tests/run-tests names Temurin 25 when it is installed): the install into the "
						+ "newest Eclipse release was not tested");
		assumeTrue(Files.isDirectory(products.resolve("codio.classdata.newest")),
				"the newest Eclipse release was not built (tests/run-tests builds tests/latest-eclipse first)");
		return Installation.copyOf(products, "codio.classdata.newest", java);
	}

	@Override
	protected String screenshot() {
		return "installed-into-newest-eclipse.png";
	}
}
