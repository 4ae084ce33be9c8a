package codio.classdata.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import codio.classdata.emulator.DemoData;

/** Runs the command line in-process with the demo credentials against given URLs, keeping what it printed. */
final class CommandLineRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code --api-url API --oauth-url OAUTH args…}; forgets the output of the run before. */
	ExitCode against(String apiUrl, String oauthUrl, String... args) {
		out.reset();
		err.reset();
		String[] all = new String[args.length + 4];
		all[0] = "--api-url";
		all[1] = apiUrl;
		all[2] = "--oauth-url";
		all[3] = oauthUrl;
		System.arraycopy(args, 0, all, 4, args.length);
		return new CodioCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8),
				Map.of(CodioCommandLine.ENV_CLIENT_ID, DemoData.CLIENT_ID, CodioCommandLine.ENV_CLIENT_SECRET,
						DemoData.CLIENT_SECRET)).run(all);
	}

	String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
