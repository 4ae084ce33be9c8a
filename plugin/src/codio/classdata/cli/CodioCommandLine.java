package codio.classdata.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import com.google.gson.GsonBuilder;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioAuthenticationException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;

/**
 * The headless application {@code codio.classdata.cli}: the same core as the IDE, for scripts. Results go to
 * stdout, messages to stderr; the exit code says how it went ({@link ExitCode}).
 */
public final class CodioCommandLine implements IApplication {

	static final String ENV_CLIENT_ID = "CODIO_CLIENT_ID";
	static final String ENV_CLIENT_SECRET = "CODIO_CLIENT_SECRET";

	private static final String USAGE = """
			Usage: codio-classdata [global options] COMMAND [command options]

			Commands:
			  classes [--archived]   List the organisation's classes (id, name, dates); --archived includes
			                         archived classes.
			  sign-in                Check the API key from CODIO_CLIENT_ID/CODIO_CLIENT_SECRET and keep it in the
			                         workspace (client id in its preferences, secret in Eclipse secure storage),
			                         so the IDE and later commands use it.

			Global options:
			  --domain DOMAIN        codio.com (default) or codio.co.uk
			  --api-url URL          explicit API base URL, e.g. http://127.0.0.1:8765/api/v1 (with --oauth-url)
			  --oauth-url URL        explicit OAuth base URL
			  --workspace DIR        the Eclipse workspace whose settings and secure storage to use
			  --json                 results as JSON
			  --quiet                no progress or notes on stderr
			  --help                 this text

			Credentials: CODIO_CLIENT_ID and CODIO_CLIENT_SECRET, else those kept by sign-in. They are never printed.
			Exit codes: 0 ok, 1 partly failed, 2 usage, 3 authentication, 4 server or network, 5 bad input.
			""";

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
			return switch (options.command()) {
			case "classes" -> classes(options);
			case "sign-in" -> signIn(options);
			default -> throw new UsageException("Unknown command '" + options.command() + "'.");
			};
		} catch (UsageException e) {
			err.println("codio-classdata: " + e.getMessage() + " Try --help.");
			return ExitCode.USAGE;
		} catch (CodioAuthenticationException e) {
			err.println("codio-classdata: " + e.getMessage());
			return ExitCode.AUTHENTICATION;
		} catch (CodioApiException e) {
			err.println("codio-classdata: " + e.getMessage());
			return ExitCode.SERVER_OR_NETWORK;
		} catch (StorageException | BackingStoreException e) {
			err.println("codio-classdata: the workspace's settings or secure storage failed: " + e.getMessage());
			return ExitCode.BAD_INPUT;
		} catch (IllegalArgumentException e) {
			err.println("codio-classdata: " + e.getMessage());
			return ExitCode.BAD_INPUT;
		}
	}

	private ExitCode classes(GlobalOptions options) throws UsageException, CodioApiException, StorageException {
		boolean archived = false;
		for (String arg : options.commandArguments()) {
			if (arg.equals("--archived")) {
				archived = true;
			} else {
				throw new UsageException("classes does not take '" + arg + "'.");
			}
		}
		List<Course> courses = client(options).listCourses(archived ? CourseFilter.ALL : CourseFilter.ACTIVE);
		if (options.json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Course course : courses) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", course.id());
				row.put("name", course.name());
				row.put("start", course.start());
				row.put("end", course.end());
				row.put("archived", course.archived());
				rows.add(row);
			}
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(rows));
		} else {
			new ClassesTable(courses).print(out);
			if (!options.quiet()) {
				err.println(courses.size() + (courses.size() == 1 ? " class" : " classes")
						+ (archived ? " (archived included)" : ""));
			}
		}
		return ExitCode.OK;
	}

	private ExitCode signIn(GlobalOptions options)
			throws UsageException, CodioApiException, StorageException, BackingStoreException {
		if (!options.commandArguments().isEmpty()) {
			throw new UsageException("sign-in takes no arguments; it reads " + ENV_CLIENT_ID + " and "
					+ ENV_CLIENT_SECRET + ".");
		}
		ClientCredentials credentials = environmentCredentials()
				.orElseThrow(() -> new UsageException("Set " + ENV_CLIENT_ID + " and " + ENV_CLIENT_SECRET + "."));
		ConnectionSettings settings = settings(options, credentials.clientId());
		CodioEndpoints endpoints = settings.endpoints();
		new CodioClient(endpoints, credentials, AccessTokenStore.inMemory()).authenticate();
		new CodioSecureStore().setClientSecret(endpoints, credentials.clientSecret());
		settings.save();
		if (!options.quiet()) {
			err.println("Signed in to " + endpoints.apiBaseUrl() + " as client " + credentials.clientId()
					+ "; the secret is in Eclipse secure storage.");
		}
		return ExitCode.OK;
	}

	/** A client from the environment's credentials, or from those a sign-in kept in the workspace. */
	private CodioClient client(GlobalOptions options) throws UsageException, StorageException {
		Optional<ClientCredentials> fromEnvironment = environmentCredentials();
		if (fromEnvironment.isPresent()) {
			CodioEndpoints endpoints = settings(options, fromEnvironment.get().clientId()).endpoints();
			return new CodioClient(endpoints, fromEnvironment.get(), AccessTokenStore.inMemory());
		}
		ConnectionSettings stored = settings(options, ConnectionSettings.load().clientId());
		return stored.createClient(new CodioSecureStore()).orElseThrow(() -> new UsageException(
				"No Codio credentials: set " + ENV_CLIENT_ID + " and " + ENV_CLIENT_SECRET + ", or run sign-in."));
	}

	private Optional<ClientCredentials> environmentCredentials() throws UsageException {
		String id = environment.get(ENV_CLIENT_ID);
		String secret = environment.get(ENV_CLIENT_SECRET);
		boolean hasId = id != null && !id.isBlank();
		boolean hasSecret = secret != null && !secret.isEmpty();
		if (hasId != hasSecret) {
			throw new UsageException("Set both " + ENV_CLIENT_ID + " and " + ENV_CLIENT_SECRET + ", or neither.");
		}
		return hasId ? Optional.of(new ClientCredentials(id, secret)) : Optional.empty();
	}

	/** The server named on the command line, else the workspace's. */
	private static ConnectionSettings settings(GlobalOptions options, String clientId) {
		if (options.apiUrl() != null) {
			return new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, options.apiUrl(), options.oauthUrl(),
					clientId);
		}
		if (options.domain() != null) {
			CodioEndpoints.forDomain(options.domain());
			return new ConnectionSettings(options.domain(), "", "", clientId);
		}
		ConnectionSettings stored = ConnectionSettings.load();
		return new ConnectionSettings(stored.server(), stored.apiUrl(), stored.oauthUrl(), clientId);
	}
}
