package codio.classdata.emulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An export Codio builds in the background: done once its delay has passed and its file is generated, then
 * answering with the file's link, or with the error it failed with.
 *
 * @param error why the export fails, or null when it succeeds
 */
record ExportTask(String id, String courseId, ExportKind kind, Instant created, Instant readyAt, String error,
		ArchiveStore.Published archive) {

	/** Codio's words when building an export fails. */
	static final String BUILD_PROBLEM = "Build internal problem";

	boolean isActive(Instant now) {
		return now.isBefore(created.plus(ArchiveStore.LIFETIME));
	}

	/** The {@code DownloadStatus} of Codio's API: {@code taskId}, {@code done}, and {@code url} or {@code error}. */
	Map<String, Object> downloadStatus(Instant now, ArchiveStore archives) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("taskId", id);
		Optional<CompletableFuture<Path>> generation = error == null ? archives.startedGeneration(archive)
				: Optional.empty();
		boolean generated = generation.map(CompletableFuture::isDone).orElse(true);
		boolean done = !now.isBefore(readyAt) && generated;
		status.put("done", done);
		if (done) {
			String failure = error != null ? error : generation.flatMap(ExportTask::failure).orElse(null);
			if (failure != null) {
				status.put("error", failure);
			} else {
				status.put("url", archives.url(archive).toString());
			}
		}
		return status;
	}

	private static Optional<String> failure(CompletableFuture<Path> generation) {
		try {
			generation.join();
			return Optional.empty();
		} catch (CompletionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return Optional.of(BUILD_PROBLEM + ": " + cause.getMessage());
		}
	}
}
