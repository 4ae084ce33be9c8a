package codio.classdata.emulator;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;


/**
 * The emulator as a separate process, started the way the demo starts it: plain {@code java -cp} over the jars of
 * the emulator bundle and of the bundles it is wired to.
 */
public final class StandaloneEmulator implements AutoCloseable {

	private final Process process;
	private final String apiUrl;
	private final String oauthUrl;
	private final String archiveUrl;
	/** What the emulator printed after its URLs (with --print-requests, a line per request). */
	private final List<String> printed = new ArrayList<>();

	private StandaloneEmulator(Process process, String apiUrl, String oauthUrl, String archiveUrl,
			BufferedReader output) {
		this.process = process;
		this.apiUrl = apiUrl;
		this.oauthUrl = oauthUrl;
		this.archiveUrl = archiveUrl;
		// keep reading, so that the emulator never blocks on a full pipe
		Thread reader = new Thread(() -> {
			try {
				for (String line; (line = output.readLine()) != null;) {
					synchronized (printed) {
						printed.add(line);
					}
				}
			} catch (IOException e) {
				// the process ended
			}
		}, "standalone emulator output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code CodioEmulator --port 0} with the given extra arguments and waits for its URLs (the OAuth line
	 * comes last).
	 */
	public static StandaloneEmulator start(String... extraArguments) throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(
				List.of(java, "-cp", classPath(), CodioEmulator.class.getName(), "--port", "0"));
		command.addAll(List.of(extraArguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectErrorStream(true);
		Process process = builder.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String api = null;
		String oauth = null;
		String archive = null;
		List<String> seen = new ArrayList<>();
		String line;
		while ((api == null || oauth == null) && (line = output.readLine()) != null) {
			seen.add(line);
			if (line.startsWith("API URL: ")) {
				api = line.substring("API URL: ".length());
			} else if (line.startsWith("OAuth URL: ")) {
				oauth = line.substring("OAuth URL: ".length());
			} else if (line.startsWith("Archive URL: ")) {
				archive = line.substring("Archive URL: ".length());
			}
		}
		if (api == null || oauth == null || archive == null) {
			process.destroyForcibly();
			throw new IOException("The standalone emulator did not print its URLs: " + seen);
		}
		return new StandaloneEmulator(process, api, oauth, archive, output);
	}

	public String apiUrl() {
		return apiUrl;
	}

	public String oauthUrl() {
		return oauthUrl;
	}

	public String archiveUrl() {
		return archiveUrl;
	}

	/** The lines printed after the URLs so far. */
	public List<String> printed() {
		synchronized (printed) {
			return List.copyOf(printed);
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	/** The emulator bundle and everything it is wired to, except the framework itself. */
	private static String classPath() {
		Bundle emulator = FrameworkUtil.getBundle(CodioEmulator.class);
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> pending = new ArrayDeque<>(List.of(emulator));
		while (!pending.isEmpty()) {
			Bundle bundle = pending.pop();
			if (bundle.getBundleId() == 0 || !bundles.add(bundle)) {
				continue;
			}
			for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(null)) {
				pending.push(wire.getProvider().getBundle());
			}
		}
		List<String> entries = new ArrayList<>();
		for (Bundle bundle : bundles) {
			File location = FileLocator.getBundleFileLocation(bundle)
					.orElseThrow(() -> new IllegalStateException("No file for bundle " + bundle.getSymbolicName()));
			File classes = new File(location, "target/classes");
			entries.add(location.isDirectory() && classes.isDirectory() ? classes.getPath() : location.getPath());
		}
		return String.join(File.pathSeparator, entries);
	}
}
