package codio.classdata.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import okhttp3.HttpUrl;

/**
 * The files behind export links, as on Codio's archive host: published under a name of their own, generated in a
 * folder the emulator owns (in the background, when an export starts, or when first downloaded), shared by
 * exports of equal content, and deleted with the folder on {@link #close()}.
 */
final class ArchiveStore implements AutoCloseable {

	/** How long Codio keeps an export's file: its link stops working after that. */
	static final Duration LIFETIME = Duration.ofDays(7);

	/** A file on the archive host: its name in the link, what it holds, when its export made it. */
	record Published(String fileName, ArchiveContent content, Instant created) {
	}

	private final Clock clock;
	private final Map<String, Published> published = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Path>> generated = new ConcurrentHashMap<>();
	/** Codio names export files by the time they were made, in milliseconds; a counter keeps the names apart. */
	private final AtomicLong nextName;
	private volatile HttpUrl baseUrl = HttpUrl.get("http://127.0.0.1/");
	private Path folder;
	private ExecutorService generators;
	private boolean closed;

	ArchiveStore(Clock clock) {
		this.clock = clock;
		this.nextName = new AtomicLong(clock.millis());
	}

	void setBaseUrl(HttpUrl url) {
		baseUrl = url;
	}

	/** The origin of the archive host, e.g. {@code http://127.0.0.1:41234/}. */
	HttpUrl baseUrl() {
		return baseUrl;
	}

	/**
	 * Gives the content a file name on the archive host.
	 *
	 * @param generateNow start generating it in the background now, as a started export does; otherwise it is
	 *            generated when first downloaded
	 */
	Published publish(ArchiveContent content, Instant created, boolean generateNow) {
		String fileName = nextName.getAndIncrement() + "." + content.extension();
		Published file = new Published(fileName, content, created);
		published.put(fileName, file);
		if (generateNow) {
			generation(file);
		}
		return file;
	}

	Optional<Published> find(String fileName) {
		return Optional.ofNullable(published.get(fileName));
	}

	boolean hasExpired(Published file) {
		return clock.instant().isAfter(file.created().plus(LIFETIME));
	}

	/** The generation of the file if it has started, so export status can wait for it. */
	Optional<CompletableFuture<Path>> startedGeneration(Published file) {
		return Optional.ofNullable(generated.get(file.content().key()));
	}

	/** The generated file, generating it first if need be. */
	Path file(Published file) throws IOException {
		try {
			return generation(file).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while generating " + file.fileName(), e);
		} catch (ExecutionException e) {
			throw new IOException("Could not generate " + file.fileName(), e.getCause());
		}
	}

	/** A pre-signed link to the file, like Codio's {@code https://archives.codio.com/temporary/…} links. */
	HttpUrl url(Published file) {
		return baseUrl.newBuilder().addPathSegment("temporary").addPathSegment(file.fileName())
				.addQueryParameter("X-Amz-Expires", String.valueOf(LIFETIME.toSeconds()))
				.addQueryParameter("X-Amz-Signature", DemoData.idOf("signature/" + file.fileName()))
				.build();
	}

	private synchronized CompletableFuture<Path> generation(Published file) {
		if (closed) {
			return CompletableFuture.failedFuture(new IOException("The emulator is closed"));
		}
		ArchiveContent content = file.content();
		return generated.computeIfAbsent(content.key(), key -> {
			try {
				Path into = folder();
				return CompletableFuture.supplyAsync(() -> generate(content, into), generators());
			} catch (IOException e) {
				return CompletableFuture.failedFuture(e);
			}
		});
	}

	private static Path generate(ArchiveContent content, Path folder) {
		try {
			Path target = folder.resolve(DemoData.idOf(content.key()) + "." + content.extension());
			Path part = target.resolveSibling(target.getFileName() + ".part");
			try {
				content.writeTo(part);
				return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(part);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Called with the lock held. */
	private Path folder() throws IOException {
		if (folder == null) {
			folder = Files.createTempDirectory("codio-emulator-archives");
		}
		return folder;
	}

	/** Called with the lock held. */
	private ExecutorService generators() {
		if (generators == null) {
			AtomicInteger count = new AtomicInteger();
			generators = Executors.newFixedThreadPool(2, runnable -> {
				Thread thread = new Thread(runnable, "codio-emulator-archives-" + count.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
		}
		return generators;
	}

	/** Stops generating and deletes every generated file. */
	@Override
	public void close() {
		Path toDelete;
		synchronized (this) {
			closed = true;
			if (generators != null) {
				generators.shutdownNow();
				try {
					generators.awaitTermination(10, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			toDelete = folder;
			folder = null;
		}
		if (toDelete != null) {
			try (Stream<Path> paths = Files.walk(toDelete)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			} catch (IOException e) {
				// Left in the temporary folder, where the system cleans up eventually.
			}
		}
	}
}
