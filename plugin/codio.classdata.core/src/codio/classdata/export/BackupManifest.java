package codio.classdata.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import codio.classdata.api.ExportKind;

/**
 * What a backup folder holds, kept in {@value #FILE_NAME} next to the files: per class and export kind either the
 * file saved, its size and when, or, for a class not finished, the export task and link of the last run, so that
 * the next run follows the task or resumes the link's {@code .part} file instead of starting over. Rewritten
 * atomically after every change, so an interrupted run leaves it consistent with the folder.
 */
final class BackupManifest {

	static final String FILE_NAME = "codio-backup.json";
	private static final int FORMAT = 1;
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
			.registerTypeAdapter(Instant.class, new InstantAdapter()).create();

	/**
	 * One class's backup of one export kind. Null fields are not known (yet).
	 *
	 * @param taskId    the export task of the run in progress
	 * @param startedAt when that task was started
	 * @param url       the finished task's link, to download or resume
	 * @param file      once saved: the file's name in the folder
	 * @param size      once saved: its size in bytes
	 * @param savedAt   once saved: when
	 */
	record Entry(String courseId, String courseName, ExportKind kind, String taskId, Instant startedAt, String url,
			String file, Long size, Instant savedAt) {

		static Entry of(String courseId, String courseName, ExportKind kind) {
			return new Entry(courseId, courseName, kind, null, null, null, null, null, null);
		}

		boolean saved() {
			return file != null && size != null && savedAt != null;
		}

		Entry started(String newTaskId, Instant at) {
			return new Entry(courseId, courseName, kind, newTaskId, at, null, null, null, null);
		}

		Entry withLink(String link) {
			return new Entry(courseId, courseName, kind, taskId, startedAt, link, null, null, null);
		}

		Entry savedAs(String fileName, long bytes, Instant at) {
			return new Entry(courseId, courseName, kind, taskId, startedAt, url, fileName, bytes, at);
		}

		/** Forgets the export of the last run: the next run starts a new one. */
		Entry withoutExport() {
			return of(courseId, courseName, kind);
		}
	}

	/** The file's JSON shape. */
	private record Document(int format, List<Entry> classes) {
	}

	private final Path file;
	private final List<Entry> entries = new ArrayList<>();

	private BackupManifest(Path file) {
		this.file = file;
	}

	/**
	 * Reads the manifest of a folder, or starts an empty one. A damaged manifest is set aside as
	 * {@code codio-backup.json.damaged}: the files stay, but the run cannot know they are complete.
	 */
	static BackupManifest open(Path folder) throws IOException {
		BackupManifest manifest = new BackupManifest(folder.resolve(FILE_NAME));
		if (!Files.isRegularFile(manifest.file)) {
			return manifest;
		}
		try (Reader reader = Files.newBufferedReader(manifest.file, StandardCharsets.UTF_8)) {
			Document document = GSON.fromJson(reader, Document.class);
			if (document != null && document.classes() != null) {
				document.classes().stream().filter(entry -> entry != null && entry.courseId() != null
						&& entry.kind() != null).forEach(manifest.entries::add);
			}
		} catch (JsonParseException e) {
			Files.move(manifest.file, manifest.file.resolveSibling(FILE_NAME + ".damaged"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		return manifest;
	}

	synchronized Optional<Entry> find(String courseId, ExportKind kind) {
		return entries.stream().filter(entry -> entry.courseId().equals(courseId) && entry.kind() == kind)
				.findFirst();
	}

	/** Replaces the class's entry of that kind and writes the manifest. */
	synchronized void put(Entry entry) throws IOException {
		entries.removeIf(known -> known.courseId().equals(entry.courseId()) && known.kind() == entry.kind());
		entries.add(entry);
		save();
	}

	synchronized List<Entry> entries() {
		return List.copyOf(entries);
	}

	private void save() throws IOException {
		Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			GSON.toJson(new Document(FORMAT, entries), writer);
		}
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
