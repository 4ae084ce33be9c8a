package codio.classdata.emulator;

import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * {@code GET courses/{id}/assignments/{id}/students/{id}/download} starts packing one student's workspace as a
 * {@code .tar.zst} and answers {@code TaskProgress}; {@code GET …/download/{taskId}} answers its
 * {@code DownloadStatus}.
 */
final class StudentWorkspaceEndpoints implements EndpointFamily {

	private final EmulatorState state;

	StudentWorkspaceEndpoints(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		boolean start = path.size() == 7;
		boolean status = path.size() == 8;
		if (!(start || status) || !path.get(0).equals("courses") || !path.get(2).equals("assignments")
				|| !path.get(4).equals("students") || !path.get(6).equals("download")) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET")) {
			return Optional.of(JsonResponses.methodNotAllowed());
		}
		AssignmentLookup found = AssignmentLookup.of(state, path.get(1), path.get(3));
		if (found.failure() != null) {
			return Optional.of(found.failure());
		}
		Optional<EmulatedUser> student = state.students(found.course().id()).stream()
				.filter(s -> s.id().equals(path.get(5))).findFirst();
		if (student.isEmpty()) {
			return Optional.of(JsonResponses.error(404, "Student not found"));
		}
		if (status) {
			return Optional.of(state.exportTask(found.course().id(), ExportKind.STUDENT_WORKSPACE, path.get(7))
					.map(task -> JsonResponses.ok(task.downloadStatus(state.now(), state.archives())))
					.orElseGet(() -> JsonResponses.error(404, "Task not found")));
		}
		ExportTask task = state.startExport(found.course().id(), ExportKind.STUDENT_WORKSPACE,
				new StudentWorkspaceArchive(found.course(), found.assignment(), student.get(), state.shape()));
		return Optional.of(JsonResponses.taskProgress(request, task.id()));
	}
}
