package codio.classdata.api;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

/**
 * Where a Codio organisation's API lives: the OAuth token service and the REST API ("octopus").
 * Codio runs two public deployments, {@code codio.com} and {@code codio.co.uk}; anything else (the emulator,
 * a proxy) is given as explicit base URLs.
 *
 * @param apiBaseUrl   base of the REST API, without trailing slash, e.g. {@code https://octopus.codio.com/api/v1}
 * @param oauthBaseUrl base of the token service, without trailing slash, e.g. {@code https://oauth.codio.com/api/v1}
 */
public record CodioEndpoints(String apiBaseUrl, String oauthBaseUrl) {

	/** The public Codio domains the plugin offers by name. */
	public static final String[] KNOWN_DOMAINS = { "codio.com", "codio.co.uk" };

	public CodioEndpoints {
		apiBaseUrl = normalise(apiBaseUrl, ApiText.CodioEndpoints_apiUrl);
		oauthBaseUrl = normalise(oauthBaseUrl, ApiText.CodioEndpoints_oauthUrl);
	}

	/** Endpoints of a Codio domain such as {@code codio.com}. */
	public static CodioEndpoints forDomain(String domain) {
		String host = Objects.requireNonNull(domain, "domain").trim().toLowerCase(Locale.ROOT);
		if (host.isEmpty() || host.contains("/") || host.contains(":")) {
			throw new IllegalArgumentException(NLS.bind(ApiText.CodioEndpoints_notADomain, domain));
		}
		return new CodioEndpoints("https://octopus." + host + "/api/v1", "https://oauth." + host + "/api/v1");
	}

	private static String normalise(String url, String what) {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException(NLS.bind(ApiText.CodioEndpoints_empty, what));
		}
		String trimmed = url.trim();
		if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
			throw new IllegalArgumentException(NLS.bind(ApiText.CodioEndpoints_notHttp, what, trimmed));
		}
		LoopbackPolicy.requireSecure(trimmed, what);
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}
}
