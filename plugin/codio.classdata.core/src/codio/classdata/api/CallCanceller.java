package codio.classdata.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

import okhttp3.Call;

/**
 * Cancels an okhttp call when its progress monitor is cancelled, so that Cancel in the Progress view interrupts
 * a request waiting on a slow server instead of waiting for a timeout. One daemon thread watches all calls.
 */
public final class CallCanceller implements AutoCloseable {

	private static final Map<Call, IProgressMonitor> WATCHED = new ConcurrentHashMap<>();
	private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Codio request canceller");
		thread.setDaemon(true);
		return thread;
	});

	static {
		WATCHER.scheduleWithFixedDelay(() -> WATCHED.forEach((call, monitor) -> {
			if (monitor.isCanceled()) {
				call.cancel();
			}
		}), 100, 100, TimeUnit.MILLISECONDS);
	}

	private final Call call;

	private CallCanceller(Call call) {
		this.call = call;
	}

	/** Watches the call until {@link #close()}; a null monitor watches nothing. */
	public static CallCanceller watch(Call call, IProgressMonitor monitor) {
		if (monitor != null) {
			WATCHED.put(call, monitor);
		}
		return new CallCanceller(call);
	}

	@Override
	public void close() {
		WATCHED.remove(call);
	}
}
