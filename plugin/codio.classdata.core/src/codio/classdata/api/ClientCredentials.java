package codio.classdata.api;

/**
 * An organisation's API client id and secret (Codio: Organization > Settings > API Keys).
 * {@link #toString()} never shows the secret, so a stray log line cannot leak it.
 */
public record ClientCredentials(String clientId, String clientSecret) {

	public ClientCredentials {
		if (clientId == null || clientId.isBlank()) {
			throw new IllegalArgumentException(ApiText.ClientCredentials_noClientId);
		}
		if (clientSecret == null || clientSecret.isEmpty()) {
			throw new IllegalArgumentException(ApiText.ClientCredentials_noClientSecret);
		}
		clientId = clientId.trim();
	}

	@Override
	public String toString() {
		return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
	}
}
