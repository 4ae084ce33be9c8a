package codio.classdata.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the live heap (collecting first, so garbage that a collection would free does not count) at a fixed
 * interval from a daemon thread; reports the peak above the start. The forced collections slow what runs meanwhile,
 * so a bench samples in a run of its own, never in a timed one.
 */
final class HeapSampler {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final long baseline;
	private final AtomicLong peak = new AtomicLong();
	private volatile boolean running = true;
	private final Thread thread;

	/** Samples every 50 ms. */
	HeapSampler() {
		this(50);
	}

	HeapSampler(long intervalMillis) {
		System.gc();
		baseline = memory.getHeapMemoryUsage().getUsed();
		peak.set(baseline);
		thread = new Thread(() -> {
			while (running) {
				System.gc();
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(intervalMillis);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "heap sampler");
		thread.setDaemon(true);
		thread.start();
	}

	/** Peak growth in MiB. */
	double stop() throws InterruptedException {
		running = false;
		thread.join();
		return (peak.get() - baseline) / (1024.0 * 1024.0);
	}
}
