package codio.classdata.api;

import java.util.Optional;

/**
 * Keeps the bearer token between requests (and, in the IDE, between sessions in secure storage) so that the
 * client does not ask the OAuth service for a new token on every call.
 */
public interface AccessTokenStore {

	Optional<AccessToken> load();

	void save(AccessToken token);

	void clear();

	/** A store that lives as long as the client; for the command line and tests. */
	static AccessTokenStore inMemory() {
		return new AccessTokenStore() {
			private volatile AccessToken token;

			@Override
			public Optional<AccessToken> load() {
				return Optional.ofNullable(token);
			}

			@Override
			public void save(AccessToken newToken) {
				token = newToken;
			}

			@Override
			public void clear() {
				token = null;
			}
		};
	}
}
