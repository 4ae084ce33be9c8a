package codio.classdata.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Options before the command ({@code --api-url}, {@code --oauth-url}, {@code --domain}, {@code --json},
 * {@code --quiet}) and the command with its own arguments.
 */
record GlobalOptions(String apiUrl, String oauthUrl, String domain, boolean json, boolean quiet, boolean help,
		String command, List<String> commandArguments) {

	static GlobalOptions parse(String[] args) throws UsageException {
		String apiUrl = null;
		String oauthUrl = null;
		String domain = null;
		boolean json = false;
		boolean quiet = false;
		boolean help = false;
		String command = null;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (command != null) {
				// --json and --quiet are accepted after the command too, as users type them there.
				switch (arg) {
				case "--json" -> json = true;
				case "--quiet" -> quiet = true;
				case "--help", "-h" -> help = true;
				default -> {
					if (help && rest.isEmpty() && "help".equals(command)) {
						command = arg; // help COMMAND
					} else {
						rest.add(arg);
					}
				}
				}
				continue;
			}
			switch (arg) {
			case "--api-url" -> apiUrl = value(args, ++i, arg);
			case "--oauth-url" -> oauthUrl = value(args, ++i, arg);
			case "--domain" -> domain = value(args, ++i, arg);
			case "--workspace" -> throw new UsageException(
					"--workspace is an option of the codio-classdata launcher, which passes it to Eclipse as -data.");
			case "--json" -> json = true;
			case "--quiet" -> quiet = true;
			case "--help", "-h" -> help = true;
			case "help" -> {
				help = true;
				command = arg; // replaced by the command that follows, if one does
			}
			default -> {
				if (arg.startsWith("-")) {
					throw new UsageException("Unknown option " + arg + ".");
				}
				command = arg;
			}
			}
		}
		if ((apiUrl == null) != (oauthUrl == null)) {
			throw new UsageException("Give --api-url and --oauth-url together.");
		}
		if (apiUrl != null && domain != null) {
			throw new UsageException("Give either --domain or --api-url/--oauth-url, not both.");
		}
		if ("help".equals(command)) {
			command = null; // a bare "help": the general usage
		}
		return new GlobalOptions(apiUrl, oauthUrl, domain, json, quiet, help, command, List.copyOf(rest));
	}

	private static String value(String[] args, int index, String option) throws UsageException {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a value.");
		}
		return args[index];
	}
}
