package codio.classdata.api;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which Codio server to talk to and with which client id, kept in the workspace's plain preferences. The client
 * secret is not here: it lives in {@link CodioSecureStore}.
 *
 * @param server   a Codio domain ({@code codio.com}, {@code codio.co.uk}) or {@link #CUSTOM_SERVER}
 * @param apiUrl   the API base URL when the server is custom
 * @param oauthUrl the OAuth base URL when the server is custom
 * @param clientId the organisation's API client id, empty when not set
 */
public record ConnectionSettings(String server, String apiUrl, String oauthUrl, String clientId) {

	public static final String PREFERENCE_NODE = "codio.classdata";
	public static final String CUSTOM_SERVER = "custom";
	public static final String KEY_SERVER = "server";
	public static final String KEY_API_URL = "apiUrl";
	public static final String KEY_OAUTH_URL = "oauthUrl";
	public static final String KEY_CLIENT_ID = "clientId";

	public ConnectionSettings {
		server = server == null || server.isBlank() ? CodioEndpoints.KNOWN_DOMAINS[0] : server.trim();
		apiUrl = apiUrl == null ? "" : apiUrl.trim();
		oauthUrl = oauthUrl == null ? "" : oauthUrl.trim();
		clientId = clientId == null ? "" : clientId.trim();
	}

	public static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
	}

	public static ConnectionSettings load() {
		IEclipsePreferences node = preferences();
		return new ConnectionSettings(node.get(KEY_SERVER, null), node.get(KEY_API_URL, null),
				node.get(KEY_OAUTH_URL, null), node.get(KEY_CLIENT_ID, null));
	}

	public void save() throws BackingStoreException {
		IEclipsePreferences node = preferences();
		node.put(KEY_SERVER, server);
		node.put(KEY_API_URL, apiUrl);
		node.put(KEY_OAUTH_URL, oauthUrl);
		node.put(KEY_CLIENT_ID, clientId);
		node.flush();
	}

	public boolean isCustomServer() {
		return CUSTOM_SERVER.equals(server);
	}

	/** The endpoints these settings name; throws with a user-facing message when the URLs are unusable. */
	public CodioEndpoints endpoints() {
		return isCustomServer() ? new CodioEndpoints(apiUrl, oauthUrl) : CodioEndpoints.forDomain(server);
	}

	/**
	 * A client for these settings, or empty when the user has not yet entered a client id and secret (the
	 * "not signed in" state).
	 */
	public Optional<CodioClient> createClient(CodioSecureStore secureStore) throws StorageException {
		if (clientId.isEmpty()) {
			return Optional.empty();
		}
		CodioEndpoints endpoints = endpoints();
		Optional<String> secret = secureStore.clientSecret(endpoints);
		if (secret.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CodioClient(endpoints, new ClientCredentials(clientId, secret.get()),
				secureStore.tokenStore(endpoints)));
	}
}
