package codio.classdata.ui;

import java.util.Optional;

import org.eclipse.equinox.security.storage.StorageException;

import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.export.ExportHistory;

/**
 * The workbench's connection to Codio: a client for the current settings (rebuilt when they change) and the
 * workspace's export history. Call from jobs: the first use may read secure storage.
 */
public final class CodioSession {

	private static ExportHistory history;
	private static ConnectionSettings clientSettings;
	private static CodioClient client;

	private CodioSession() {
	}

	/** A client for the saved settings, or empty when the user has not signed in. */
	public static synchronized Optional<CodioClient> client() throws StorageException {
		ConnectionSettings settings = ConnectionSettings.load();
		if (client == null || !settings.equals(clientSettings)) {
			client = settings.createClient(new CodioSecureStore()).orElse(null);
			clientSettings = settings;
		}
		return Optional.ofNullable(client);
	}

	/** Forgets the client, e.g. after the secret changed (the settings record does not hold it). */
	public static synchronized void reset() {
		client = null;
		clientSettings = null;
	}

	public static synchronized ExportHistory history() {
		if (history == null) {
			history = ExportHistory.ofWorkspace();
		}
		return history;
	}
}
