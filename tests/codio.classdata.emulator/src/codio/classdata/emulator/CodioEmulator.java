package codio.classdata.emulator;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Real HTTP servers on loopback that speak Codio's API: the OAuth token service under {@code /oauth/api/v1} and
 * the REST API under {@code /api/v1} on one server, and on a second one, of another origin, the archive host
 * that serves export files at {@code /temporary/{fileName}} as Codio's pre-signed links do. Tests start it
 * in-process; {@link #main(String[])} runs it standalone for the demo IDE and for command-line tests.
 */
public final class CodioEmulator implements AutoCloseable {

	private static final List<String> OAUTH_BASE = List.of("oauth", "api", "v1");
	private static final List<String> API_BASE = List.of("api", "v1");

	private final EmulatorState state;
	private final RequestLog requestLog;
	private final MockWebServer apiServer = new MockWebServer();
	private final MockWebServer archiveServer = new MockWebServer();
	private final List<EndpointFamily> oauthFamilies = new ArrayList<>();
	private final List<EndpointFamily> apiFamilies = new ArrayList<>();
	private final List<EndpointFamily> archiveFamilies = new ArrayList<>();
	private final EndpointFamily webAppPages;

	public CodioEmulator(Organisation organisation) {
		this(organisation, Clock.systemUTC());
	}

	public CodioEmulator(Organisation organisation, Clock clock) {
		this.state = new EmulatorState(organisation, clock);
		this.requestLog = new RequestLog(clock);
		oauthFamilies.add(new OAuthEndpoint(state));
		apiFamilies.add(new CourseEndpoints(state));
		apiFamilies.add(new MemberEndpoints(state));
		apiFamilies.add(new ExportEndpoints(state));
		apiFamilies.add(new AssessmentExportEndpoints(state));
		apiFamilies.add(new AssignmentCsvEndpoint(state));
		apiFamilies.add(new AssignmentStudentsEndpoint(state));
		apiFamilies.add(new StudentWorkspaceEndpoints(state));
		apiFamilies.add(new StackEndpoints());
		apiFamilies.add(new DownloadTaskEndpoint(state));
		archiveFamilies.add(new ArchiveEndpoint(state));
		webAppPages = new WebAppPages(state);
		apiServer.setServerSocketFactory(new NoDelayServerSockets());
		archiveServer.setServerSocketFactory(new NoDelayServerSockets());
		apiServer.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return logged(EmulatedHost.API, request, routeApi(request));
			}
		});
		archiveServer.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return logged(EmulatedHost.ARCHIVE, request,
						dispatchTo(archiveFamilies, request, segments(request), ArchiveEndpoint.noSuchKey()));
			}
		});
	}

	/** Starts an emulator with the demo organisation on free loopback ports. */
	public static CodioEmulator startDemo() throws IOException {
		CodioEmulator emulator = new CodioEmulator(DemoData.organisation());
		emulator.start(0);
		return emulator;
	}

	/** Starts the API on {@code port} (0 for a free one) and the archive host on a free port. */
	public void start(int port) throws IOException {
		start(port, 0);
	}

	public void start(int apiPort, int archivePort) throws IOException {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		apiServer.start(loopback, apiPort);
		archiveServer.start(loopback, archivePort);
		// The API is reached by host name and the archive host by address: two origins, as at Codio.
		state.archives().setBaseUrl(new HttpUrl.Builder().scheme("http").host(loopback.getHostAddress())
				.port(archiveServer.getPort()).build());
	}

	public EmulatorState state() {
		return state;
	}

	/** The fault switches, the same as {@code state().faults()}. */
	public Faults faults() {
		return state.faults();
	}

	/** Every request both servers answered. */
	public RequestLog requestLog() {
		return requestLog;
	}

	/** Base URL of the REST API, e.g. {@code http://localhost:8765/api/v1}. */
	public String apiUrl() {
		return apiServer.url("/api/v1").toString();
	}

	/** Base URL of the OAuth service, e.g. {@code http://localhost:8765/oauth/api/v1}. */
	public String oauthUrl() {
		return apiServer.url("/oauth/api/v1").toString();
	}

	/**
	 * Origin of the archive host that export links point to, e.g. {@code http://127.0.0.1:41234/}; files are at
	 * {@code temporary/{fileName}} below it.
	 */
	public String archiveUrl() {
		return state.archives().baseUrl().toString();
	}

	/** Stops both servers and deletes the generated export files. */
	@Override
	public void close() {
		apiServer.close();
		archiveServer.close();
		state.close();
	}

	private MockResponse logged(EmulatedHost host, RecordedRequest request, MockResponse response) {
		requestLog.record(host, request, response.getCode());
		return response;
	}

	private MockResponse routeApi(RecordedRequest request) {
		List<String> segments = segments(request);
		if (startsWith(segments, OAUTH_BASE)) {
			return dispatchTo(oauthFamilies, request, segments.subList(OAUTH_BASE.size(), segments.size()),
					JsonResponses.error(404, "Not found"));
		}
		if (startsWith(segments, API_BASE)) {
			state.countApiRequest();
			Optional<MockResponse> refusal = state.faults().refuseApiRequest();
			if (refusal.isPresent()) {
				return refusal.get();
			}
			String authorization = request.getHeaders().get("Authorization");
			if (authorization == null || !authorization.startsWith("Bearer ")
					|| !state.isValidToken(authorization.substring("Bearer ".length()))) {
				return JsonResponses.error(401, "Incorrect or expired bearer token");
			}
			return state.faults().garble(dispatchTo(apiFamilies, request,
					segments.subList(API_BASE.size(), segments.size()), JsonResponses.error(404, "Not found")));
		}
		return dispatchTo(List.of(webAppPages), request, segments, JsonResponses.error(404, "Not found"));
	}

	private static List<String> segments(RecordedRequest request) {
		return request.getUrl().pathSegments().stream().filter(s -> !s.isEmpty()).toList();
	}

	private static MockResponse dispatchTo(List<EndpointFamily> families, RecordedRequest request,
			List<String> path, MockResponse notFound) {
		for (EndpointFamily family : families) {
			Optional<MockResponse> response = family.handle(request, path);
			if (response.isPresent()) {
				return response.get();
			}
		}
		return notFound;
	}

	private static boolean startsWith(List<String> segments, List<String> prefix) {
		return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
	}

	/**
	 * Standalone: {@code java -cp … codio.classdata.emulator.CodioEmulator [options]}. Prints its URLs (the
	 * {@code OAuth URL:} line last, so scripts can wait for it), then serves until killed.
	 */
	public static void main(String[] args) throws Exception {
		int port = 0;
		int archivePort = 0;
		Organisation organisation = DemoData.organisation();
		Duration taskDelay = null;
		Integer students = null;
		Integer filesPerWorkspace = null;
		Long exportSize = null;
		String dropDownloads = null;
		String failExports = null;
		boolean printRequests = false;
		boolean undocumented = false;
		boolean studentsKeepWorking = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--port" -> port = Integer.parseInt(requireValue(args, ++i, "--port"));
			case "--archive-port" -> archivePort = Integer.parseInt(requireValue(args, ++i, "--archive-port"));
			case "--data" -> organisation = load(Path.of(requireValue(args, ++i, "--data")));
			case "--task-delay-ms" -> taskDelay = Duration
					.ofMillis(Long.parseLong(requireValue(args, ++i, "--task-delay-ms")));
			case "--students" -> students = Integer.parseInt(requireValue(args, ++i, "--students"));
			case "--files-per-workspace" -> filesPerWorkspace = Integer
					.parseInt(requireValue(args, ++i, "--files-per-workspace"));
			case "--export-size" -> exportSize = parseSize(requireValue(args, ++i, "--export-size"));
			case "--drop-downloads" -> dropDownloads = requireValue(args, ++i, "--drop-downloads");
			case "--fail-exports" -> failExports = requireValue(args, ++i, "--fail-exports");
			case "--print-requests" -> printRequests = true;
			case "--undocumented" -> undocumented = true;
			case "--students-keep-working" -> studentsKeepWorking = true;
			case "--help", "-h" -> {
				System.out.println("""
						Usage: CodioEmulator [--port N] [--archive-port N] [--data organisation.json]
						                     [--task-delay-ms N] [--students N] [--files-per-workspace N]
						                     [--export-size SIZE] [--drop-downloads N@SIZE]
						                     [--fail-exports N[:MESSAGE]] [--print-requests] [--undocumented]
						                     [--students-keep-working]
						  --task-delay-ms        how long exports take (default 2000)
						  --students             students per class (default 8)
						  --files-per-workspace  source files in each student workspace (default 4)
						  --export-size          about how big class-data zips are, e.g. 1g or 500m (default: small)
						  --drop-downloads       the first N file downloads break off after SIZE, e.g. 6@100k
						                         (a dropped connection, for resume tests)
						  --fail-exports         the first N exports started fail with MESSAGE as Codio's error
						  --print-requests       print "Request: METHOD ENDPOINT STATUS" for each request answered
						  --undocumented         also serve what Codio's published API lacks: the coach and LLM-usage
						                         link lists, the access and LTI exports (default: 404, as the spec)
						  --students-keep-working after each class-data export starts, some students change their
						                         code or add a file, so the next export is newer""");
				return;
			}
			default -> {
				System.err.println("Unknown option " + args[i] + "; try --help");
				System.exit(2);
			}
			}
		}
		CodioEmulator emulator = new CodioEmulator(organisation);
		EmulatorState state = emulator.state();
		if (taskDelay != null) {
			state.setTaskDelay(taskDelay);
		}
		state.setStudentsKeepWorking(studentsKeepWorking);
		if (students != null) {
			state.setStudentsPerClass(students);
		}
		if (filesPerWorkspace != null) {
			state.setFilesPerWorkspace(filesPerWorkspace);
		}
		if (exportSize != null) {
			state.setExportSizeBytes(exportSize);
		}
		if (dropDownloads != null) {
			int at = dropDownloads.indexOf('@');
			if (at < 0) {
				System.err.println("--drop-downloads takes N@SIZE, e.g. 6@100k");
				System.exit(2);
			}
			state.faults().dropArchiveConnections(Integer.parseInt(dropDownloads.substring(0, at)),
					parseSize(dropDownloads.substring(at + 1)));
		}
		if (failExports != null) {
			int colon = failExports.indexOf(':');
			String count = colon < 0 ? failExports : failExports.substring(0, colon);
			state.faults().failExports(Integer.parseInt(count),
					colon < 0 ? "Export failed (emulated)" : failExports.substring(colon + 1));
		}
		if (undocumented) {
			state.serveUndocumentedEndpoints();
		}
		if (printRequests) {
			emulator.requestLog().onRecord(request -> System.out.println(
					"Request: " + request.endpoint() + " " + request.status()));
		}
		emulator.start(port, archivePort);
		Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
		System.out.println("Codio emulator serving " + organisation.courses().size() + " classes of "
				+ organisation.name());
		System.out.println("API URL: " + emulator.apiUrl());
		System.out.println("Archive URL: " + emulator.archiveUrl());
		System.out.println("OAuth URL: " + emulator.oauthUrl());
		System.out.println("Client id: " + organisation.clientId());
		System.out.flush();
		new CountDownLatch(1).await();
	}

	/** Bytes, or a number with a {@code k}, {@code m} or {@code g} suffix (powers of 1024). */
	static long parseSize(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		long unit = 1;
		char last = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
		if (last == 'k' || last == 'm' || last == 'g') {
			unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
			value = value.substring(0, value.length() - 1);
		}
		return Long.parseLong(value) * unit;
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
