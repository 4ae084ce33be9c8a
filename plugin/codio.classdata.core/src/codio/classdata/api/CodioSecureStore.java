package codio.classdata.api;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The only class that touches Eclipse secure storage. One node per Codio OAuth service holds the client secret
 * and the current bearer token, both encrypted; nothing secret ever goes into plain preferences.
 */
public final class CodioSecureStore {

	private static final String ROOT_NODE = "/codio.classdata";
	private static final String CLIENT_SECRET = "clientSecret";
	private static final String ACCESS_TOKEN = "accessToken";
	private static final String ACCESS_TOKEN_EXPIRY = "accessTokenExpiresAt";

	private final ISecurePreferences root;

	/** The workspace user's default secure storage. */
	public CodioSecureStore() {
		this(SecurePreferencesFactory.getDefault());
	}

	public CodioSecureStore(ISecurePreferences root) {
		if (root == null) {
			throw new IllegalStateException(ApiText.CodioSecureStore_unavailable);
		}
		this.root = root;
	}

	public Optional<String> clientSecret(CodioEndpoints endpoints) throws StorageException {
		return Optional.ofNullable(node(endpoints).get(CLIENT_SECRET, null)).filter(secret -> !secret.isEmpty());
	}

	/** Stores the secret (or removes it when empty) and drops any token issued for the old one. */
	public void setClientSecret(CodioEndpoints endpoints, String secret) throws StorageException {
		ISecurePreferences node = node(endpoints);
		if (secret == null || secret.isEmpty()) {
			node.remove(CLIENT_SECRET);
		} else {
			node.put(CLIENT_SECRET, secret, true);
		}
		node.remove(ACCESS_TOKEN);
		node.remove(ACCESS_TOKEN_EXPIRY);
		flush();
	}

	/** A token store backed by this secure storage, for the client of these endpoints. */
	public AccessTokenStore tokenStore(CodioEndpoints endpoints) {
		return new SecureAccessTokenStore(endpoints);
	}

	private ISecurePreferences node(CodioEndpoints endpoints) {
		return root.node(ROOT_NODE).node(EncodingUtils.encodeSlashes(endpoints.oauthBaseUrl()));
	}

	private void flush() throws StorageException {
		try {
			root.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	/** Token persistence is a cache: when secure storage fails, the client simply signs in again. */
	private final class SecureAccessTokenStore implements AccessTokenStore {

		private final CodioEndpoints endpoints;
		private volatile AccessToken lastSeen;

		SecureAccessTokenStore(CodioEndpoints endpoints) {
			this.endpoints = endpoints;
		}

		@Override
		public Optional<AccessToken> load() {
			if (lastSeen != null) {
				return Optional.of(lastSeen);
			}
			try {
				ISecurePreferences node = node(endpoints);
				String value = node.get(ACCESS_TOKEN, null);
				if (value == null || value.isEmpty()) {
					return Optional.empty();
				}
				Instant expiresAt = Instant.ofEpochMilli(node.getLong(ACCESS_TOKEN_EXPIRY, Long.MAX_VALUE));
				lastSeen = new AccessToken(value, expiresAt.toEpochMilli() == Long.MAX_VALUE ? Instant.MAX : expiresAt);
				return Optional.of(lastSeen);
			} catch (StorageException e) {
				return Optional.empty();
			}
		}

		@Override
		public void save(AccessToken token) {
			lastSeen = token;
			try {
				ISecurePreferences node = node(endpoints);
				node.put(ACCESS_TOKEN, token.value(), true);
				node.putLong(ACCESS_TOKEN_EXPIRY,
						token.expiresAt().equals(Instant.MAX) ? Long.MAX_VALUE : token.expiresAt().toEpochMilli(),
						false);
				flush();
			} catch (StorageException e) {
				// Kept in memory only; the next session signs in again.
			}
		}

		@Override
		public void clear() {
			lastSeen = null;
			ISecurePreferences node = node(endpoints);
			node.remove(ACCESS_TOKEN);
			node.remove(ACCESS_TOKEN_EXPIRY);
			try {
				flush();
			} catch (StorageException e) {
				// Nothing more to do: the stale token is gone from memory and will be replaced.
			}
		}
	}
}
