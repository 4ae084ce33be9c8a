package codio.classdata.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Into a plain Eclipse 4.34 (platform + JDT, none of our bundles), on the JDK of the build; and a broken site. */
class IdeInstallTest extends InstalledIdeTests {

	@Override
	protected Installation copyTheEclipse() throws IOException {
		return Installation.copyOf("codio.classdata.plain");
	}

	@Override
	protected String screenshot() {
		return "installed-into-plain-eclipse.png";
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
