package codio.classdata.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.StorageException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;

/** What every command needs: the streams, the global options, credentials and the client built from them. */
final class CommandContext {

	static final String ENV_CLIENT_ID = "CODIO_CLIENT_ID";
	static final String ENV_CLIENT_SECRET = "CODIO_CLIENT_SECRET";
	/** Set by the launcher script to whether stderr is a terminal. */
	static final String STDERR_TERMINAL_PROPERTY = "codio.classdata.cli.stderrTerminal";

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> environment;
	private final GlobalOptions options;
	private CodioClient client;

	CommandContext(PrintStream out, PrintStream err, Map<String, String> environment, GlobalOptions options) {
		this.out = out;
		this.err = err;
		this.environment = environment;
		this.options = options;
	}

	PrintStream out() {
		return out;
	}

	PrintStream err() {
		return err;
	}

	GlobalOptions options() {
		return options;
	}

	List<String> arguments() {
		return options.commandArguments();
	}

	/** Notes for the user on stderr, unless --quiet. */
	void note(String message) {
		if (!options.quiet()) {
			err.println(message);
		}
	}

	/**
	 * Progress on stderr: a bar when stderr is a terminal (the launcher script tells, as Java cannot see stderr
	 * alone), plain lines otherwise; silent with --quiet.
	 */
	ConsoleProgressMonitor progress() {
		String told = System.getProperty(STDERR_TERMINAL_PROPERTY);
		boolean terminal = told != null ? Boolean.parseBoolean(told) : System.console() != null;
		return new ConsoleProgressMonitor(err, terminal, options.quiet());
	}

	Gson json() {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
	}

	/** A client from the environment's credentials, or from those a sign-in kept in the workspace. */
	CodioClient client() throws UsageException, StorageException {
		if (client != null) {
			return client;
		}
		Optional<ClientCredentials> fromEnvironment = environmentCredentials();
		if (fromEnvironment.isPresent()) {
			CodioEndpoints endpoints = settings(fromEnvironment.get().clientId()).endpoints();
			client = new CodioClient(endpoints, fromEnvironment.get(), AccessTokenStore.inMemory());
			return client;
		}
		ConnectionSettings stored = settings(ConnectionSettings.load().clientId());
		client = stored.createClient(new CodioSecureStore()).orElseThrow(() -> new UsageException(
				"No Codio credentials: set " + ENV_CLIENT_ID + " and " + ENV_CLIENT_SECRET + ", or run sign-in."));
		return client;
	}

	Optional<ClientCredentials> environmentCredentials() throws UsageException {
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
	ConnectionSettings settings(String clientId) {
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

	/** CLASS is an id or an exact name (archived classes included). */
	Course course(String idOrName) throws UsageException, StorageException, CodioApiException {
		List<Course> courses = client().listCourses(CourseFilter.ALL);
		Optional<Course> byId = courses.stream().filter(course -> course.id().equals(idOrName)).findFirst();
		if (byId.isPresent()) {
			return byId.get();
		}
		List<Course> byName = courses.stream().filter(course -> course.name().equals(idOrName)).toList();
		if (byName.size() == 1) {
			return byName.get(0);
		}
		if (byName.isEmpty()) {
			throw new UsageException("No class has the id or exact name '" + idOrName + "'; see the classes command.");
		}
		throw new UsageException("Several classes are named '" + idOrName + "'; give one of their ids: "
				+ String.join(", ", byName.stream().map(Course::id).toList()) + ".");
	}
}
