package codio.classdata.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import okhttp3.Call;

/**
 * Cancels an okhttp call when its progress monitor is cancelled, so that Cancel in the Progress view interrupts
 * a request waiting on a slow server instead of waiting for a timeout, or when it has stalled (downloads, which
 * read without a per-read timeout). One daemon thread watches all calls.
 */
public final class CallCanceller implements AutoCloseable {

	private record Watch(IProgressMonitor monitor, BooleanSupplier stalled) {
	}

	private static final Map<Call, Watch> WATCHED = new ConcurrentHashMap<>();
	private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Codio request canceller");
		thread.setDaemon(true);
		return thread;
	});

	static {
		WATCHER.scheduleWithFixedDelay(() -> WATCHED.forEach((call, watch) -> {
			if (watch.monitor().isCanceled() || watch.stalled().getAsBoolean()) {
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
		return watch(call, monitor, () -> false);
	}

	/** Also cancels the call as soon as {@code stalled} says so (checked ten times a second). */
	public static CallCanceller watch(Call call, IProgressMonitor monitor, BooleanSupplier stalled) {
		WATCHED.put(call, new Watch(monitor != null ? monitor : new NullProgressMonitor(), stalled));
		return new CallCanceller(call);
	}

	@Override
	public void close() {
		WATCHED.remove(call);
	}
}
