package codio.classdata.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.access.AccessDataException;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.ConnectionSetting;
import codio.classdata.api.ErrorKind;
import codio.classdata.workspace.ArchiveException;

/**
 * The headless application {@code codio.classdata.cli}: the same core as the IDE, for scripts. Results go to
 * stdout, messages and progress to stderr; the exit code says how it went ({@link ExitCode}).
 */
public final class CodioCommandLine implements IApplication {

	static final String ENV_CLIENT_ID = CommandContext.ENV_CLIENT_ID;
	static final String ENV_CLIENT_SECRET = CommandContext.ENV_CLIENT_SECRET;

	private static final List<String> RUNTIME_OPTIONS_WITH_VALUE = List.of("-eclipse.keyring", "-eclipse.password");

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> environment;

	public CodioCommandLine() {
		this(System.out, System.err, System.getenv());
	}

	public CodioCommandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = environment;
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		return run(withoutRuntimeArguments(args)).value();
	}

	/** Equinox passes its own options that take a value (secure storage) on to applications; they are not ours. */
	static String[] withoutRuntimeArguments(String[] args) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (RUNTIME_OPTIONS_WITH_VALUE.contains(args[i])) {
				i++;
			} else {
				kept.add(args[i]);
			}
		}
		return kept.toArray(String[]::new);
	}

	@Override
	public void stop() {
		// Commands run to completion on the main thread; nothing to interrupt.
	}

	/** Runs one command line and returns its exit code. */
	public ExitCode run(String... args) {
		try {
			GlobalOptions options = GlobalOptions.parse(args);
			if (options.help() && options.command() != null) {
				out.print(Usage.ofCommand(options.command())
						.orElseThrow(() -> new UsageException("Unknown command '" + options.command() + "'.")));
				return ExitCode.OK;
			}
			if (options.help() || options.command() == null) {
				(options.help() ? out : err).print(Usage.general());
				return options.help() ? ExitCode.OK : ExitCode.USAGE;
			}
			return command(options.command()).run(new CommandContext(out, err, environment, options));
		} catch (UsageException e) {
			err.println("codio-classdata: " + e.getMessage() + " Try --help.");
			return ExitCode.USAGE;
		} catch (CodioApiException e) {
			err.println("codio-classdata: " + e.getMessage() + e.settingToCheck().map(CodioCommandLine::whereToSet)
					.orElse(""));
			return e.kind() == ErrorKind.AUTHENTICATION ? ExitCode.AUTHENTICATION : ExitCode.SERVER_OR_NETWORK;
		} catch (StorageException | BackingStoreException e) {
			err.println("codio-classdata: the workspace's settings or secure storage failed: " + e.getMessage());
			return ExitCode.BAD_INPUT;
		} catch (AccessDataException e) {
			err.println("codio-classdata: " + e.getMessage());
			return ExitCode.BAD_INPUT;
		} catch (ArchiveException e) {
			err.println("codio-classdata: " + e.getMessage());
			return ExitCode.BAD_INPUT;
		} catch (IOException e) {
			err.println("codio-classdata: " + e.getClass().getSimpleName() + ": " + e.getMessage());
			return ExitCode.BAD_INPUT;
		} catch (IllegalArgumentException e) {
			err.println("codio-classdata: " + e.getMessage());
			return ExitCode.BAD_INPUT;
		} catch (InterruptedException e) {
			err.println("codio-classdata: cancelled.");
			return ExitCode.PARTLY_FAILED;
		}
	}

	/** Where a command-line user changes the setting a failure points at (the IDE says its preference page). */
	static String whereToSet(ConnectionSetting setting) {
		return switch (setting) {
		case API_KEY -> " The key comes from CODIO_CLIENT_ID and CODIO_CLIENT_SECRET (else from what sign-in kept);"
				+ " the server from --domain, or --api-url and --oauth-url.";
		case API_URL, OAUTH_URL -> " The server is given with --domain, or with --api-url and --oauth-url.";
		case NETWORK -> " The server is given with --domain, or with --api-url and --oauth-url; the proxy comes from"
				+ " the workspace's Eclipse network settings.";
		};
	}

	private static Command command(String name) throws UsageException {
		return switch (name) {
		case "classes" -> new ClassesCommand();
		case "exports" -> new ExportsCommand();
		case "export" -> new ExportCommand();
		case "download" -> new DownloadCommand();
		case "backup-all" -> new BackupAllCommand();
		case "import" -> new ImportCommand();
		case "changes" -> new ChangesCommand();
		case "test" -> new TestCommand();
		case "similarity" -> new SimilarityCommand();
		case "refresh" -> new RefreshCommand();
		case "codio-zip" -> new CodioZipCommand();
		case "access" -> new AccessCommand();
		case "sign-in" -> new SignInCommand();
		default -> throw new UsageException("Unknown command '" + name + "'.");
		};
	}
}
