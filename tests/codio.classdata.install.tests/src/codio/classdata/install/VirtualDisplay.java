package codio.classdata.install;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An X display of a known size for the installed IDE: an Xvfb of its own (the test command installs it), so the
 * screenshot has the size the README wants whatever display the build runs under.
 */
final class VirtualDisplay implements AutoCloseable {

	private final Process server;
	private final String name;

	private VirtualDisplay(Process server, String name) {
		this.server = server;
		this.name = name;
	}

	static VirtualDisplay start(int width, int height) throws IOException {
		// -displayfd: Xvfb picks a free display number and prints it once it accepts connections
		Process server = new ProcessBuilder(List.of("Xvfb", "-displayfd", "1", "-screen", "0",
				width + "x" + height + "x24", "-nolisten", "tcp")).redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String number = output.readLine();
		if (number == null || !number.strip().matches("\\d+")) {
			server.destroyForcibly();
			throw new IOException("Xvfb did not start (printed " + number + "); install it: apt-get install xvfb");
		}
		return new VirtualDisplay(server, ":" + number.strip());
	}

	/** The value for {@code DISPLAY}. */
	String name() {
		return name;
	}

	@Override
	public void close() throws InterruptedException {
		server.destroy();
		if (!server.waitFor(10, TimeUnit.SECONDS)) {
			server.destroyForcibly();
		}
	}
}
