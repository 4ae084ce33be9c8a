package codio.classdata.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.ArchiveReader.Content;
import codio.classdata.workspace.RawEntry.Source;

/**
 * Extracts a zip with several threads: creating many small files is bound by system calls, which two cores do
 * nearly twice as fast. The entries are claimed in order on the calling thread (so the first of duplicates wins),
 * then written by workers taking small runs of them in the order of their data. Stored and deflated entries are
 * read by position from one shared channel ({@link ZipEntryInput}), which is safe from several threads.
 */
final class ZipExtraction {

	private static final int MAX_THREADS = 4;
	/** Overrides the number of threads (for measurements; 1 extracts on the calling thread). */
	static final String THREADS_PROPERTY = "codio.classdata.extractThreads";
	private static final long POLL_MILLIS = 100;

	private record Task(ZipArchiveEntry entry, RawEntry raw, ExtractionWriter.Action action) {
	}

	private final ZipFile zip;
	private final Path file;
	private final Source source;
	private final ExtractionWriter writer;
	private final ExtractionProgress progress;

	ZipExtraction(ZipFile zip, Path file, Source source, ExtractionWriter writer, ExtractionProgress progress) {
		this.zip = zip;
		this.file = file;
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
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			run(tasks, channel);
		}
	}

	private void run(List<Task> tasks, FileChannel channel) throws IOException, InterruptedException {
		int threads = Integer.getInteger(THREADS_PROPERTY,
				Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
		if (threads < 2 || tasks.size() < 2) {
			try (ZipEntryInput.Reuse reuse = new ZipEntryInput.Reuse()) {
				perform(tasks, 0, tasks.size(), channel, reuse);
			}
			return;
		}
		// Large runs, so that the threads mostly write into different folders: creating files in one folder
		// takes the folder's lock. Eight runs per thread still let them finish close together.
		int run = Math.max(1, tasks.size() / (threads * 8));
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
					try (ZipEntryInput.Reuse reuse = new ZipEntryInput.Reuse()) {
						for (int start; (start = next.getAndAdd(run)) < tasks.size();) {
							perform(tasks, start, Math.min(tasks.size(), start + run), channel, reuse);
						}
					}
					return null;
				}));
			}
			await(workers);
		} finally {
			pool.shutdownNow();
			// a failure deletes what was written: no worker may still be writing then
			if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
				throw new IOException(NLS.bind(WorkspaceText.ZipExtraction_threadsDidNotStop, source.displayName()));
			}
		}
	}

	private void perform(List<Task> tasks, int from, int to, FileChannel channel, ZipEntryInput.Reuse reuse)
			throws IOException, InterruptedException {
		for (int i = from; i < to; i++) {
			Task task = tasks.get(i);
			writer.perform(source, task.action(), task.raw(), content(task.entry(), channel, reuse));
		}
	}

	private Content content(ZipArchiveEntry entry, FileChannel channel, ZipEntryInput.Reuse reuse) {
		if (ZipEntryInput.handles(entry)) {
			return () -> new EntryStream(new ZipEntryInput(channel, entry, reuse), source.displayName(),
					entry.getName(), entry.getCrc(), true);
		}
		Content other = ArchiveReader.zipContent(zip, entry, source);
		return () -> {
			synchronized (zip) {
				// finding the data of an entry moves the zip's channel; reading it afterwards does not
				return other.open();
			}
		};
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
