package codio.classdata.api;

/**
 * The connection setting a failure points at. The core names the setting, not where the user changes it: the IDE
 * says "Window > Preferences > Codio", the command line its options and environment variables.
 */
public enum ConnectionSetting {
	/** The organisation's client id and secret. */
	API_KEY,
	/** The server: a Codio domain, or the API URL. */
	API_URL,
	/** The OAuth URL of a custom server. */
	OAUTH_URL,
	/** The server's address and the proxy: the request got no answer. */
	NETWORK
}
