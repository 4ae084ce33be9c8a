package codio.classdata.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of one of the runtimes that {@code tests/plain-eclipse} builds, to install into and run: the p2 director,
 * the command line and the IDE are all started the way a user starts them, with the Equinox launcher jar.
 */
final class Installation {

	static final String DIRECTOR = "org.eclipse.equinox.p2.director";
	static final String COMMAND_LINE = "codio.classdata.cli";

	private final Path home;
	private final Path work;
	private final String java;

	private Installation(Path home, Path work, String java) {
		this.home = home;
		this.work = work;
		this.java = java;
	}

	/**
	 * A fresh copy of the product {@code uid} (e.g. {@code codio.classdata.plain}) from {@code products}, run with
	 * the {@code java} given.
	 */
	static Installation copyOf(Path products, String uid, String java) throws IOException {
		Path product = products.resolve(uid).resolve("linux/gtk/x86_64");
		if (!Files.isDirectory(product.resolve("plugins"))) {
			throw new IllegalStateException("No product at " + product + "; its module builds it first");
		}
		Path work = path("codio.classdata.install.work").resolve(uid);
		deleteTree(work);
		Path home = work.resolve("eclipse");
		copyTree(product, home);
		Files.writeString(work.resolve("master-password"), "install-test-" + System.nanoTime() + "\n");
		return new Installation(home, work, java);
	}

	/** A fresh copy of a product that tests/plain-eclipse built, run with the JVM of the tests. */
	static Installation copyOf(String uid) throws IOException {
		return copyOf(path("codio.classdata.install.products"), uid,
				Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The built update site, as users download it. */
	static Path site() {
		return path("codio.classdata.install.site");
	}

	/** Every platform bundle the runtimes need: stands in for the Eclipse release site. */
	static Path platformRepository() {
		return path("codio.classdata.install.platformRepository");
	}

	static Path path(String property) {
		String value = System.getProperty(property);
		if (value == null) {
			throw new IllegalStateException("System property " + property + " is not set (see the module's pom)");
		}
		return Path.of(value);
	}

	Path home() {
		return home;
	}

	Path work() {
		return work;
	}

	/** {@code java -jar plugins/org.eclipse.equinox.launcher_*.jar} and the given arguments. */
	List<String> launch(List<String> vmArguments, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(vmArguments);
		command.add("-jar");
		command.add(launcherJar().toString());
		command.addAll(List.of(arguments));
		return command;
	}

	/** Runs the p2 director of this installation on itself. */
	ProcessRun director(String... arguments) throws IOException, InterruptedException {
		List<String> command = launch(List.of(), "-nosplash", "-data", "@none", "-application", DIRECTOR);
		command.addAll(List.of(arguments));
		return ProcessRun.run(work, Map.of(), 300, command);
	}

	/** Runs the command line in {@code workspace}, with the key in the environment as its documentation says. */
	ProcessRun commandLine(Path workspace, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = launch(List.of(), "-nosplash", "-application", COMMAND_LINE, "-data",
				workspace.toString());
		command.addAll(secureStorageArguments());
		command.addAll(List.of(arguments));
		return ProcessRun.run(work, environment, 300, command);
	}

	/** Its own keyring, unlocked by a password file: no prompt, nothing written into the user's home. */
	List<String> secureStorageArguments() {
		return List.of("-eclipse.keyring", work.resolve("secure-storage").toString(), "-eclipse.password",
				work.resolve("master-password").toString());
	}

	/** The symbolic names in the installation's {@code bundles.info}: what it starts with. */
	List<String> installedBundles() throws IOException {
		Path info = home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		return Files.readAllLines(info, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("#"))
				.map(line -> line.substring(0, line.indexOf(','))).toList();
	}

	private Path launcherJar() throws IOException {
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			return plugins.filter(path -> path.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IOException("No Equinox launcher in " + home));
		}
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}
}
