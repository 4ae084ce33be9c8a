package codio.classdata.cli;

import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.CodioSecureStore;
import codio.classdata.api.ConnectionSettings;

/**
 * {@code sign-in}: checks the key from the environment against Codio and keeps it in the workspace (client id in
 * its preferences, secret in secure storage), for the IDE and later commands.
 */
final class SignInCommand implements Command {

	@Override
	public ExitCode run(CommandContext context)
			throws UsageException, CodioApiException, StorageException, BackingStoreException {
		new CommandArguments("sign-in", context.arguments()).done();
		ClientCredentials credentials = context.environmentCredentials().orElseThrow(() -> new UsageException(
				"sign-in reads the key from " + CommandContext.ENV_CLIENT_ID + " and " + CommandContext.ENV_CLIENT_SECRET
						+ "; set both."));
		ConnectionSettings settings = context.settings(credentials.clientId());
		CodioEndpoints endpoints = settings.endpoints();
		new CodioClient(endpoints, credentials, AccessTokenStore.inMemory()).authenticate();
		new CodioSecureStore().setClientSecret(endpoints, credentials.clientSecret());
		settings.save();
		context.note("Signed in to " + endpoints.apiBaseUrl() + " as client " + credentials.clientId()
				+ "; the secret is in Eclipse secure storage.");
		return ExitCode.OK;
	}
}
