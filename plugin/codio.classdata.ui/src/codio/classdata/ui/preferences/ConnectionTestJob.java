package codio.classdata.ui.preferences;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;
import codio.classdata.ui.Problems;

/**
 * Test Connection: signs in with the values entered on the page (not the saved ones) and lists the classes, off
 * the UI thread. The token lives in memory only, so a test never replaces the token the saved settings use. A
 * cancelled test reports nothing.
 */
final class ConnectionTestJob extends Job {

	/** The family of every connection test, for tests and for cancelling them together. */
	static final Object FAMILY = new Object() {
		@Override
		public String toString() {
			return "Codio connection test";
		}
	};

	/** The server and API key to try, as entered on the page. */
	record Target(CodioEndpoints endpoints, ClientCredentials credentials) {
	}

	private final CodioEndpoints endpoints;
	private final ClientCredentials credentials;
	private final Consumer<ConnectionTestResult> onDone;

	ConnectionTestJob(Target target, Consumer<ConnectionTestResult> onDone) {
		super(PreferenceMessages.PreferencePage_testJob);
		this.endpoints = target.endpoints();
		this.credentials = target.credentials();
		this.onDone = onDone;
		// The page shows the progress and the outcome itself.
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		ConnectionTestResult result;
		try {
			CodioClient client = new CodioClient(endpoints, credentials, AccessTokenStore.inMemory());
			List<Course> courses = client.listCourses(CourseFilter.ALL, monitor);
			int archived = (int) courses.stream().filter(Course::archived).count();
			result = new ConnectionTestResult.Connected(hostOf(endpoints), courses.size(), archived);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CodioApiException e) {
			result = new ConnectionTestResult.Failed(Problems.describe(e));
		} catch (RuntimeException e) {
			ILog.of(ConnectionTestJob.class).error("Codio connection test failed", e);
			result = new ConnectionTestResult.Failed(
					NLS.bind(PreferenceMessages.PreferencePage_testFailedUnexpectedly, e.getMessage()));
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		onDone.accept(result);
		return Status.OK_STATUS;
	}

	/** The API server as the user knows it: host, and port when one is given (never user info from the URL). */
	static String hostOf(CodioEndpoints endpoints) {
		URI uri = URI.create(endpoints.apiBaseUrl());
		if (uri.getHost() == null) {
			return endpoints.apiBaseUrl();
		}
		return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
	}
}
