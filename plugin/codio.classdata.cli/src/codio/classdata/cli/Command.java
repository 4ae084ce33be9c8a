package codio.classdata.cli;

import java.io.IOException;

import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.api.CodioApiException;

/** One command of {@code codio-classdata}. */
interface Command {

	ExitCode run(CommandContext context) throws UsageException, CodioApiException, StorageException,
			BackingStoreException, IOException, InterruptedException;
}
