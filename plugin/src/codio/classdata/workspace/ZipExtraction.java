package codio.classdata.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import codio.classdata.workspace.RawEntry.Source;

/**
 * Extracts a zip with several threads: creating many small files is bound by system calls, which two cores do
 * nearly twice as fast. The entries are claimed in order on the calling thread (so the first of duplicates wins),
 * then written by workers taking small runs of them in the order of their data; the shared {@link ZipFile} reads
 * each entry by position, which is safe from several threads.
 */
final class ZipExtraction {

	private static final int MAX_THREADS = 4;
	private static final long POLL_MILLIS = 100;

	private record Task(ZipArchiveEntry entry, RawEntry raw, ExtractionWriter.Action action) {
	}

	private final ZipFile zip;
	private final Source source;
	private final ExtractionWriter writer;
	private final ExtractionProgress progress;

	ZipExtraction(ZipFile zip, Source source, ExtractionWriter writer, ExtractionProgress progress) {
		this.zip = zip;
		this.source = source;
		this.writer = writer;
		this.progress = progress;
	}

	void run() throws IOException, InterruptedException {
		List<Task> tasks = new ArrayList<>();
		for (ZipArchiveEntry entry : ArchiveReader.zipEntries(zip)) {
			RawEntry raw = ArchiveReader.zipEntry(zip, entry, source);
			ExtractionWriter.Action action = writer.claim(source, raw);
			if (action != null) {
				tasks.add(new Task(entry, raw, action));
			}
		}
		int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
		if (threads < 2 || tasks.size() < 2) {
			perform(tasks, 0, tasks.size());
			return;
		}
		// runs small enough that the threads finish together, large enough to keep reads in order
		int run = Math.max(1, Math.min(32, tasks.size() / (threads * 8)));
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
			Thread thread = new Thread(work, "Extracting " + source.displayName());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Void>> workers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				workers.add(pool.submit(() -> {
					for (int start; (start = next.getAndAdd(run)) < tasks.size();) {
						perform(tasks, start, Math.min(tasks.size(), start + run));
					}
					return null;
				}));
			}
			await(workers);
		} finally {
			pool.shutdownNow();
			// a failure deletes what was written: no worker may still be writing then
			if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
				throw new IOException("Extraction threads of " + source.displayName() + " did not stop.");
			}
		}
	}

	private void perform(List<Task> tasks, int from, int to) throws IOException, InterruptedException {
		for (int i = from; i < to; i++) {
			Task task = tasks.get(i);
			writer.perform(source, task.action(), task.raw(), ArchiveReader.zipContent(zip, task.entry(), source));
		}
	}

	/** Waits for all workers, reporting progress meanwhile; the first real failure wins over the stops it caused. */
	private void await(List<Future<Void>> workers) throws IOException, InterruptedException {
		Throwable failure = null;
		for (Future<Void> worker : workers) {
			while (true) {
				try {
					worker.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
					break;
				} catch (TimeoutException e) {
					progress.update();
				} catch (ExecutionException e) {
					progress.stop();
					if (failure == null || failure instanceof InterruptedException) {
						failure = e.getCause();
					}
					break;
				}
			}
		}
		progress.update();
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof InterruptedException interrupted) {
			throw interrupted;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (progress.stopped()) {
			throw new InterruptedException("Extracting the workspaces was cancelled.");
		}
	}
}
