package codio.classdata.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.StandaloneEmulator;

/**
 * The headless feature, installed with the p2 director into a bare Equinox (no SWT, no workbench, no JDT) from our
 * site and the platform's repository, as on a server; then {@code backup-all} run by the installed command line.
 */
class HeadlessInstallTest {

	private static final List<String> UI_PREFIXES = List.of("org.eclipse.ui", "org.eclipse.swt", "org.eclipse.jface",
			"org.eclipse.e4.ui");

	@Test
	void theHeadlessFeatureInstallsWithoutAnyUserInterfaceBundleAndBacksUpEveryClass() throws Exception {
		Installation equinox = Installation.copyOf("codio.classdata.bare");
		assertFalse(equinox.installedBundles().contains("org.eclipse.core.resources"), "the Equinox is bare");

		ProcessRun install = equinox.director("-repository",
				"jar:" + Installation.site().toUri() + "!/," + Installation.platformRepository().toUri(),
				"-installIU", "codio.classdata.headless.feature.feature.group");

		assertEquals(0, install.exitCode(), install.describe());
		List<String> bundles = equinox.installedBundles();
		assertTrue(bundles.containsAll(List.of("codio.classdata.core", "codio.classdata.cli",
				"org.eclipse.core.resources", "org.eclipse.jdt.core")), bundles.toString());
		assertFalse(bundles.contains("codio.classdata.ui"), bundles.toString());
		assertEquals(List.of(), bundles.stream().filter(b -> UI_PREFIXES.stream().anyMatch(b::startsWith)).toList());

		Path backups = equinox.work().resolve("backups");
		try (StandaloneEmulator emulator = StandaloneEmulator.start("--task-delay-ms", "100", "--students", "2")) {
			ProcessRun backup = equinox.commandLine(equinox.work().resolve("workspace"),
					Map.of("CODIO_CLIENT_ID", DemoData.CLIENT_ID, "CODIO_CLIENT_SECRET", DemoData.CLIENT_SECRET),
					"--api-url", emulator.apiUrl(), "--oauth-url", emulator.oauthUrl(), "backup-all", "--dir",
					backups.toString());

			assertEquals(0, backup.exitCode(), backup.describe());
		}
		try (Stream<Path> saved = Files.list(backups)) {
			List<String> zips = saved.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).toList();
			assertEquals(8, zips.size(), "one class-data zip per active class: " + zips);
		}
	}
}
