package codio.classdata.emulator;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A real HTTP server on loopback that speaks Codio's API: the OAuth token service under {@code /oauth/api/v1}
 * and the REST API under {@code /api/v1}. Tests start it in-process; {@link #main(String[])} runs it standalone
 * for the demo IDE and for command-line tests.
 */
public final class CodioEmulator implements AutoCloseable {

	private static final List<String> OAUTH_BASE = List.of("oauth", "api", "v1");
	private static final List<String> API_BASE = List.of("api", "v1");

	private final EmulatorState state;
	private final MockWebServer server = new MockWebServer();
	private final List<EndpointFamily> oauthFamilies = new ArrayList<>();
	private final List<EndpointFamily> apiFamilies = new ArrayList<>();

	public CodioEmulator(Organisation organisation) {
		this.state = new EmulatorState(organisation);
		oauthFamilies.add(new OAuthEndpoint(state));
		apiFamilies.add(new CourseEndpoints(state));
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return route(request);
			}
		});
	}

	/** Starts an emulator with the demo organisation on a free loopback port. */
	public static CodioEmulator startDemo() throws IOException {
		CodioEmulator emulator = new CodioEmulator(DemoData.organisation());
		emulator.start(0);
		return emulator;
	}

	public void start(int port) throws IOException {
		server.start(InetAddress.getLoopbackAddress(), port);
	}

	public EmulatorState state() {
		return state;
	}

	/** Base URL of the REST API, e.g. {@code http://127.0.0.1:8765/api/v1}. */
	public String apiUrl() {
		return server.url("/api/v1").toString();
	}

	/** Base URL of the OAuth service, e.g. {@code http://127.0.0.1:8765/oauth/api/v1}. */
	public String oauthUrl() {
		return server.url("/oauth/api/v1").toString();
	}

	@Override
	public void close() {
		server.close();
	}

	private MockResponse route(RecordedRequest request) {
		List<String> segments = request.getUrl().pathSegments().stream().filter(s -> !s.isEmpty()).toList();
		if (startsWith(segments, OAUTH_BASE)) {
			return dispatchTo(oauthFamilies, request, segments.subList(OAUTH_BASE.size(), segments.size()));
		}
		if (startsWith(segments, API_BASE)) {
			state.countApiRequest();
			String authorization = request.getHeaders().get("Authorization");
			if (authorization == null || !authorization.startsWith("Bearer ")
					|| !state.isValidToken(authorization.substring("Bearer ".length()))) {
				return JsonResponses.error(401, "Incorrect or expired bearer token");
			}
			return dispatchTo(apiFamilies, request, segments.subList(API_BASE.size(), segments.size()));
		}
		return JsonResponses.error(404, "Not found");
	}

	private static MockResponse dispatchTo(List<EndpointFamily> families, RecordedRequest request,
			List<String> path) {
		for (EndpointFamily family : families) {
			Optional<MockResponse> response = family.handle(request, path);
			if (response.isPresent()) {
				return response.get();
			}
		}
		return JsonResponses.error(404, "Not found");
	}

	private static boolean startsWith(List<String> segments, List<String> prefix) {
		return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
	}

	/**
	 * Standalone: {@code java -cp … codio.classdata.emulator.CodioEmulator [--port N] [--data FILE]}. Prints its
	 * URLs, then serves until killed.
	 */
	public static void main(String[] args) throws Exception {
		int port = 0;
		Organisation organisation = DemoData.organisation();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--port" -> port = Integer.parseInt(requireValue(args, ++i, "--port"));
			case "--data" -> organisation = load(Path.of(requireValue(args, ++i, "--data")));
			case "--help", "-h" -> {
				System.out.println("Usage: CodioEmulator [--port N] [--data organisation.json]");
				return;
			}
			default -> {
				System.err.println("Unknown option " + args[i] + "; try --help");
				System.exit(2);
			}
			}
		}
		CodioEmulator emulator = new CodioEmulator(organisation);
		emulator.start(port);
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
		System.out.println("Codio emulator serving " + organisation.courses().size() + " classes of "
				+ organisation.name());
		System.out.println("API URL: " + emulator.apiUrl());
		System.out.println("OAuth URL: " + emulator.oauthUrl());
		System.out.println("Client id: " + organisation.clientId());
		System.out.flush();
		new CountDownLatch(1).await();
	}

	private static String requireValue(String[] args, int index, String option) {
		if (index >= args.length) {
			System.err.println(option + " needs a value");
			System.exit(2);
		}
		return args[index];
	}

	private static Organisation load(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return JsonResponses.gson().fromJson(reader, Organisation.class);
		}
	}
}
