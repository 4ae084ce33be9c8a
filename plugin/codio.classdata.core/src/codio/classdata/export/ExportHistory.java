package codio.classdata.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import codio.classdata.api.ExportKind;

/**
 * What the plugin remembers about exports, because Codio's link list does not say it: when the plugin started
 * an export (so its expiry is known: start + 7 days), and where a link's file was downloaded. One JSON file,
 * rewritten atomically; entries older than a month are dropped.
 */
public final class ExportHistory {

	/** One export the plugin started or downloaded. Null fields are unknown. */
	public record Entry(String courseId, ExportKind kind, String taskId, Instant startedAt, String url,
			String downloadedTo, Long size) {
	}

	private static final Duration KEEP = Duration.ofDays(31);
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
			.registerTypeAdapter(Instant.class, new InstantAdapter()).create();

	private final Path file;
	private final List<Entry> entries = new ArrayList<>();

	/**
	 * Reads the history kept in the file, if any; a null file keeps it in memory only. A damaged file is set aside
	 * rather than failing the caller.
	 */
	public ExportHistory(Path file) {
		this.file = file;
		if (file != null && Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				List<Entry> read = GSON.fromJson(reader, new TypeToken<List<Entry>>() {
				}.getType());
				if (read != null) {
					read.stream().filter(Objects::nonNull).forEach(entries::add);
				}
			} catch (IOException | JsonParseException e) {
				try {
					Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"),
							StandardCopyOption.REPLACE_EXISTING);
				} catch (IOException ignored) {
					// Leave it; the next save replaces it.
				}
			}
		}
	}

	/** The history of the running workspace (its plugin state folder). */
	public static ExportHistory ofWorkspace() {
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(ExportHistory.class);
		return new ExportHistory(org.eclipse.core.runtime.Platform.getStateLocation(bundle).toPath()
				.resolve("export-history.json"));
	}

	/** An empty history that lives only in memory (tests, one-off command lines). */
	public static ExportHistory inMemory() {
		return new ExportHistory(null);
	}

	public synchronized void recordStarted(String courseId, ExportKind kind, String taskId, Instant startedAt)
			throws IOException {
		// Entries of links downloaded but not started here have no class or task: compare null-safely.
		entries.removeIf(entry -> Objects.equals(entry.courseId(), courseId) && entry.kind() == kind
				&& Objects.equals(entry.taskId(), taskId));
		entries.add(new Entry(courseId, kind, taskId, startedAt, null, null, null));
		save();
	}

	/** Notes the URL a finished task produced, so a later download of that URL finds the task. */
	public synchronized void recordFinished(String courseId, ExportKind kind, String taskId, String url)
			throws IOException {
		Optional<Entry> known = find(courseId, kind, taskId);
		entries.removeIf(entry -> known.isPresent() && entry == known.get());
		Entry base = known.orElse(new Entry(courseId, kind, taskId, null, null, null, null));
		entries.add(new Entry(courseId, kind, taskId, base.startedAt(), url, base.downloadedTo(), base.size()));
		save();
	}

	/** Notes where a link's file was saved; links not started by the plugin are remembered by URL alone. */
	public synchronized void recordDownloaded(String url, Path savedTo, long size) throws IOException {
		Optional<Entry> known = findByUrl(url);
		entries.removeIf(entry -> known.isPresent() && entry == known.get());
		Entry base = known.orElse(new Entry(null, null, null, null, url, null, null));
		entries.add(new Entry(base.courseId(), base.kind(), base.taskId(), base.startedAt(), url,
				savedTo.toAbsolutePath().toString(), size));
		save();
	}

	public synchronized Optional<Entry> find(String courseId, ExportKind kind, String taskId) {
		return entries.stream().filter(entry -> Objects.equals(entry.courseId(), courseId) && entry.kind() == kind
				&& Objects.equals(entry.taskId(), taskId)).reduce((first, second) -> second);
	}

	public synchronized Optional<Entry> findByUrl(String url) {
		return entries.stream().filter(entry -> url != null && url.equals(entry.url()))
				.reduce((first, second) -> second);
	}

	public synchronized List<Entry> entries() {
		return List.copyOf(entries);
	}

	private void save() throws IOException {
		Instant oldest = Instant.now().minus(KEEP);
		entries.removeIf(entry -> entry.startedAt() != null && entry.startedAt().isBefore(oldest));
		if (file == null) {
			return;
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			GSON.toJson(entries, writer);
		}
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
