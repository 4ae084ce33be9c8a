package codio.classdata.install;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;

import codio.classdata.emulator.StandaloneEmulator;

/**
 * The IDE feature installed from the built site zip with the p2 director into an Eclipse without our bundles, as
 * Help > Install New Software does; then the installed command line and the installed IDE against the standalone
 * emulator. Each subclass names the Eclipse (and the JDK it runs on).
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
abstract class InstalledIdeTests {

	protected Installation eclipse;
	private StandaloneEmulator emulator;
	private boolean installed;

	/** A fresh copy of the Eclipse to install into. */
	protected abstract Installation copyTheEclipse() throws Exception;

	/** The file name of the screenshot of the installed IDE. */
	protected abstract String screenshot();

	@BeforeAll
	void prepare() throws Exception {
		eclipse = copyTheEclipse();
		emulator = StandaloneEmulator.start("--task-delay-ms", "100", "--print-requests");
	}

	@AfterAll
	void stopTheEmulator() throws InterruptedException {
		if (emulator != null) {
			emulator.close();
		}
	}

	@Test
	@Order(10)
	void theSiteInstallsTheIdeFeature() throws Exception {
		InstalledIde.install(eclipse);
		installed = true;
	}

	@Test
	@Order(20)
	void theInstalledCommandLineListsTheClasses() throws Exception {
		assumeTrue(installed, "needs the install above");
		InstalledIde.listsTheClasses(eclipse, emulator);
	}

	@Test
	@Order(30)
	void theInstalledIdeOpensTheClassesViewWithTheEmulatorsClasses() throws Exception {
		assumeTrue(installed, "needs the install above");
		InstalledIde.showsTheClasses(eclipse, emulator, screenshot());
	}
}
