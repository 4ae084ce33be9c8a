package codio.classdata.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import mockwebserver3.RecordedRequest;

/**
 * Every request both servers answered, in order, with its headers and status, so tests can check what a client
 * sent where (e.g. that no {@code Authorization} header reached the archive host) and how often it called each
 * endpoint.
 */
public final class RequestLog {

	/** Codio's ids (and the emulator's task ids) are 32 hex digits. */
	private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

	private final Clock clock;
	private final List<LoggedRequest> requests = new ArrayList<>();
	private volatile Consumer<LoggedRequest> listener = request -> {
	};

	RequestLog(Clock clock) {
		this.clock = clock;
	}

	void record(EmulatedHost host, RecordedRequest request, int status) {
		LoggedRequest logged = new LoggedRequest(host, request.getMethod(), target(request),
				endpoint(host, request), request.getHeaders(), status, clock.instant());
		synchronized (requests) {
			requests.add(logged);
		}
		listener.accept(logged);
	}

	/** Tells {@code listener} of every request from now on (the standalone emulator prints them). */
	public void onRecord(Consumer<LoggedRequest> listener) {
		this.listener = listener;
	}

	public List<LoggedRequest> requests() {
		synchronized (requests) {
			return List.copyOf(requests);
		}
	}

	public List<LoggedRequest> requests(EmulatedHost host) {
		return matching(request -> request.host() == host);
	}

	public List<LoggedRequest> matching(Predicate<LoggedRequest> filter) {
		return requests().stream().filter(filter).toList();
	}

	/**
	 * How many requests reached an endpoint.
	 *
	 * @param endpoint method and path with {@code {id}} for ids, e.g.
	 *            {@code POST /api/v1/courses/{id}/export/workdata}; archive downloads are
	 *            {@code GET /temporary/{file}}
	 */
	public int count(String endpoint) {
		return matching(request -> request.endpoint().equals(endpoint)).size();
	}

	/** Requests per endpoint, in the form {@link #count} takes. */
	public Map<String, Integer> countsByEndpoint() {
		Map<String, Integer> counts = new TreeMap<>();
		for (LoggedRequest request : requests()) {
			counts.merge(request.endpoint(), 1, Integer::sum);
		}
		return counts;
	}

	public int countStatus(int status) {
		return matching(request -> request.status() == status).size();
	}

	public void clear() {
		synchronized (requests) {
			requests.clear();
		}
	}

	private static String target(RecordedRequest request) {
		String query = request.getUrl().encodedQuery();
		return request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
	}

	private static String endpoint(EmulatedHost host, RecordedRequest request) {
		List<String> segments = request.getUrl().pathSegments();
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			boolean archiveFile = host == EmulatedHost.ARCHIVE && i == 1 && segments.get(0).equals("temporary");
			path.append('/').append(archiveFile ? "{file}" : ID.matcher(segment).matches() ? "{id}" : segment);
		}
		return request.getMethod() + " " + (path.length() == 0 ? "/" : path);
	}
}
