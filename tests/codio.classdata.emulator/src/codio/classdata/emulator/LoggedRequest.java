package codio.classdata.emulator;

import java.time.Instant;

import okhttp3.Headers;

/**
 * A request one of the emulator's servers answered.
 *
 * @param target the path and query, as sent, e.g. {@code /api/v1/courses_list?archived=true}
 * @param endpoint the method and path with ids replaced, e.g. {@code GET /api/v1/courses/{id}/students}
 * @param status the status answered
 */
public record LoggedRequest(EmulatedHost host, String method, String target, String endpoint, Headers headers,
		int status, Instant time) {

	/** The path without the query. */
	public String path() {
		int query = target.indexOf('?');
		return query < 0 ? target : target.substring(0, query);
	}
}
