package codio.classdata.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * Addresses of pages of Codio's web app, on the server the user signed in to. Codio's API returns none; these
 * patterns are the ones Codio's own UI uses for a teacher's class and an assignment's grading queue. There is no
 * published address for one student's project, so none is offered.
 */
public final class CodioWebPages {

	/** The API host's prefix on Codio's servers ({@code octopus.codio.com}); the web app is on the bare domain. */
	private static final String API_HOST_PREFIX = "octopus.";

	private final String origin;

	private CodioWebPages(String origin) {
		this.origin = origin;
	}

	/**
	 * The web app of the server the settings name: {@code https://<domain>} for a Codio domain; for custom URLs the
	 * scheme, host and port of the API URL, the host without its {@code octopus.} prefix.
	 */
	public static CodioWebPages of(ConnectionSettings settings) {
		if (!settings.isCustomServer()) {
			return new CodioWebPages("https://" + settings.server().toLowerCase(Locale.ROOT));
		}
		return forApiUrl(settings.endpoints().apiBaseUrl());
	}

	/** The web app that serves the API at {@code apiBaseUrl}, e.g. {@code https://octopus.codio.com/api/v1}. */
	public static CodioWebPages forApiUrl(String apiBaseUrl) {
		URI api = URI.create(apiBaseUrl);
		String host = api.getHost();
		if (host == null) {
			throw new IllegalArgumentException(NLS.bind(ApiText.CodioWebPages_noHost, apiBaseUrl));
		}
		host = host.toLowerCase(Locale.ROOT);
		if (host.startsWith(API_HOST_PREFIX) && host.length() > API_HOST_PREFIX.length()) {
			host = host.substring(API_HOST_PREFIX.length());
		}
		try {
			return new CodioWebPages(new URI(api.getScheme(), null, host, api.getPort(), null, null, null).toString());
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(NLS.bind(ApiText.CodioWebPages_notUsable, apiBaseUrl, e.getMessage()),
					e);
		}
	}

	/** A class's overview page: {@code <origin>/home/teacher/<courseId>/overview}. */
	public URI classOverview(String courseId) {
		return URI.create(origin + "/home/teacher/" + segment(courseId) + "/overview");
	}

	/** An assignment's grading queue: {@code <origin>/home/teacher/<courseId>/grading-queue?assignmentId=<id>}. */
	public URI gradingQueue(String courseId, String assignmentId) {
		return URI.create(origin + "/home/teacher/" + segment(courseId) + "/grading-queue?assignmentId="
				+ URLEncoder.encode(assignmentId, StandardCharsets.UTF_8));
	}

	private static String segment(String id) {
		// ids are hex; anything else is encoded rather than trusted into the path
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
