package codio.classdata.emulator;

import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** The handler of one family of Codio endpoints (sign-in, classes, exports …). */
interface EndpointFamily {

	/**
	 * The answer to the request, or empty when the path is not one of this family's.
	 *
	 * @param path the path segments after the family's base ({@code /api/v1} or {@code /oauth/api/v1})
	 */
	Optional<MockResponse> handle(RecordedRequest request, List<String> path);
}
