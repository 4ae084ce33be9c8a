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
import codio.classdata.api.ErrorKind;
import codio.classdata.workspace.ArchiveException;

/**
 * The headless application {@code codio.classdata.cli}: the same core as the IDE, for scripts. Results go to
 * stdout, messages and progress to stderr; the exit code says how it went ({@link ExitCode}).
 */
public final class CodioCommandLine implements IApplication {

	static final String ENV_CLIENT_ID = CommandContext.ENV_CLIENT_ID;
	static final String ENV_CLIENT_SECRET = CommandContext.ENV_CLIENT_SECRET;

	private static final String USAGE = """
			Usage: codio-classdata [global options] COMMAND [command options]

			Commands:
			  classes [--archived]     The organisation's classes (id, name, dates); --archived includes
			                           archived classes.
			  exports CLASS [--kind K] The class's active export links: kind, status, start, expiry, link.
			  export CLASS [--kind K] [--assignments ID,...] [--wait] [--download DIR]
			                           Start an export (K: %s; default workdata);
			                           --wait waits for its link, --download also saves the file into DIR.
			  download URL --dir DIR [--name NAME] [--keep-partial]
			                           Save an export link's file: resumable, atomic, never overwriting;
			                           a dropped connection is resumed up to 5 times; --keep-partial keeps the
			                           part of a download that gave up, for the next run to continue.
			  backup-all --dir DIR [--archived] [--kind K]
			                           Export every active class (--archived: every class) and save the files
			                           into DIR; a second run skips what is saved and retries the rest.
			  import ARCHIVE|DIR [--stack ID|auto] [--name-template T] [--select GLOB] [--working-set NAME]
			         [--build]
			                           Import the student workspaces of a Codio export, workspace archive or
			                           folder as projects of the workspace, each configured for its stack
			                           (auto: the recommended one); names from T (default {assignment}-{student},
			                           never reusing a taken name); --select keeps workspaces whose
			                           ASSIGNMENT/STUDENT matches GLOB; --working-set puts them in that working
			                           set when Eclipse next opens the workspace; --build builds them and prints
			                           each project's error and warning counts (exit 1 when any has errors).
			  access CSV [--summary] [--flags [--class-dates START..END]] [--anonymise OUT [--salt-file FILE]]
			                           Analyse a User Access Data CSV (read locally, nothing is sent):
			                           --summary (the default) one line per student: login, name, last login,
			                           sessions, time in projects (%s: an open without a close, estimated),
			                           distinct IPs; --flags patterns worth a look (shared IP, many IPs, with
			                           --class-dates also activity outside those days); --anonymise writes the
			                           file with pseudonyms for people and IPs to OUT, never replacing a file
			                           (random pseudonyms each run; --salt-file keeps them the same across runs).
			  sign-in                  Check the key in CODIO_CLIENT_ID/CODIO_CLIENT_SECRET and keep it in the
			                           workspace (client id in its preferences, secret in Eclipse secure storage).

			CLASS is a class id or its exact name.

			Global options:
			  --domain DOMAIN          codio.com (default) or codio.co.uk
			  --api-url URL            explicit API base URL, e.g. http://127.0.0.1:8765/api/v1 (with --oauth-url)
			  --oauth-url URL          explicit OAuth base URL
			  --workspace DIR          the Eclipse workspace whose settings and secure storage to use
			  --json                   results as JSON
			  --quiet                  no progress or notes on stderr (errors still show)
			  --help                   this text

			Credentials: CODIO_CLIENT_ID and CODIO_CLIENT_SECRET, else those kept by sign-in. They are never printed.
			Exit codes: 0 ok, 1 partly failed, 2 usage, 3 authentication, 4 server or network, 5 bad input.
			""".formatted(ExportCommand.kinds(), AccessCommand.ESTIMATED);

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
			if (options.help() || options.command() == null) {
				(options.help() ? out : err).print(USAGE);
				return options.help() ? ExitCode.OK : ExitCode.USAGE;
			}
			return command(options.command()).run(new CommandContext(out, err, environment, options));
		} catch (UsageException e) {
			err.println("codio-classdata: " + e.getMessage() + " Try --help.");
			return ExitCode.USAGE;
		} catch (CodioApiException e) {
			err.println("codio-classdata: " + e.getMessage());
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

	private static Command command(String name) throws UsageException {
		return switch (name) {
		case "classes" -> new ClassesCommand();
		case "exports" -> new ExportsCommand();
		case "export" -> new ExportCommand();
		case "download" -> new DownloadCommand();
		case "backup-all" -> new BackupAllCommand();
		case "import" -> new ImportCommand();
		case "access" -> new AccessCommand();
		case "sign-in" -> new SignInCommand();
		default -> throw new UsageException("Unknown command '" + name + "'.");
		};
	}
}
