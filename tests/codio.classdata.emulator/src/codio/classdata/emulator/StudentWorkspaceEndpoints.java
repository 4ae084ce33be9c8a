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
		Optional<EmulatedCourse> course = state.course(path.get(1));
		if (course.isEmpty()) {
			return Optional.of(JsonResponses.error(404, "Course not found"));
		}
		Optional<EmulatedAssignment> assignment = StudentWorkspace.assignments(course.get()).stream()
				.filter(a -> a.id().equals(path.get(3))).findFirst();
		if (assignment.isEmpty()) {
			return Optional.of(JsonResponses.error(404, "Assignment not found"));
		}
		Optional<EmulatedUser> student = state.students(course.get().id()).stream()
				.filter(s -> s.id().equals(path.get(5))).findFirst();
		if (student.isEmpty()) {
			return Optional.of(JsonResponses.error(404, "Student not found"));
		}
		if (status) {
			return Optional.of(state.exportTask(course.get().id(), ExportKind.STUDENT_WORKSPACE, path.get(7))
					.map(task -> JsonResponses.ok(task.downloadStatus(state.now(), state.archives())))
					.orElseGet(() -> JsonResponses.error(404, "Task not found")));
		}
		ExportTask task = state.startExport(course.get().id(), ExportKind.STUDENT_WORKSPACE,
				new StudentWorkspaceArchive(course.get(), assignment.get(), student.get(), state.shape()));
		return Optional.of(JsonResponses.taskProgress(request, task.id()));
	}
}
