package codio.classdata.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Class exports of every {@link ExportKind#isClassExport() class-export kind}: {@code GET courses/{id}/export/{kind}}
 * lists the last 7 days' exports as {@code DownloadStatus}es, {@code POST} starts one and answers
 * {@code TaskProgress}, and {@code GET courses/{id}/export/{kind}/progress/{taskId}} polls it. What Codio's published
 * API lacks (the lists of coach and LLM-usage links, the access and LTI exports) answers 404 unless a test turns it
 * on ({@link EmulatorState#serveUndocumentedEndpoints()}).
 */
final class ExportEndpoints implements EndpointFamily {

	private final EmulatorState state;

	ExportEndpoints(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() < 4 || !path.get(0).equals("courses") || !path.get(2).equals("export")) {
			return Optional.empty();
		}
		Optional<ExportKind> kind = ExportKind.ofClassExportPath(path.get(3));
		boolean collection = path.size() == 4;
		boolean progress = path.size() == 6 && path.get(4).equals("progress");
		if (kind.isEmpty() || !(collection || progress)) {
			return Optional.empty();
		}
		return Optional.of(answer(request, path, kind.get(), collection));
	}

	private MockResponse answer(RecordedRequest request, List<String> path, ExportKind kind, boolean collection) {
		int withheld = state.undocumentedStatus();
		boolean undocumented = kind.isUnofficial()
				|| collection && request.getMethod().equals("GET") && !kind.isListedInPublicApi();
		if (undocumented && withheld != 0) {
			return withheld == 405 ? JsonResponses.methodNotAllowed() : JsonResponses.error(404, "Not found");
		}
		String method = request.getMethod();
		Optional<EmulatedCourse> course = state.course(path.get(1));
		if (course.isEmpty()) {
			return JsonResponses.error(404, "Course not found");
		}
		Instant now = state.now();
		if (collection && method.equals("GET")) {
			return JsonResponses.ok(state.activeExports(course.get().id(), kind).stream()
					.map(task -> task.downloadStatus(now, state.archives())).toList());
		}
		if (collection && method.equals("POST")) {
			ExportTask task = state.startExport(course.get().id(), kind,
					state.classExportContent(course.get(), kind));
			return state.taskUrisAtDownloadPath() ? JsonResponses.taskProgressAt(request, "download", task.id())
					: JsonResponses.taskProgress(request, task.id(), "progress");
		}
		if (!collection && method.equals("GET")) {
			return state.exportTask(course.get().id(), kind, path.get(5))
					.map(task -> JsonResponses.ok(task.downloadStatus(now, state.archives())))
					.orElseGet(() -> JsonResponses.error(404, "Task not found"));
		}
		return JsonResponses.methodNotAllowed();
	}
}
