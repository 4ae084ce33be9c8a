package codio.classdata.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * {@code GET courses/{id}/export/assessments/csv?assignmentIds=a,b} starts an assessment-data export (all
 * assignments without the parameter) and answers {@code TaskProgress};
 * {@code GET courses/{id}/export/assessments/csv/download/{taskId}} answers its {@code DownloadStatus}.
 */
final class AssessmentExportEndpoints implements EndpointFamily {

	private final EmulatorState state;

	AssessmentExportEndpoints(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		boolean start = path.size() == 5;
		boolean status = path.size() == 7 && path.get(5).equals("download");
		if (!(start || status) || !path.get(0).equals("courses") || !path.get(2).equals("export")
				|| !path.get(3).equals("assessments") || !path.get(4).equals("csv")) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET")) {
			return Optional.of(JsonResponses.methodNotAllowed());
		}
		Optional<EmulatedCourse> course = state.course(path.get(1));
		if (course.isEmpty()) {
			return Optional.of(JsonResponses.error(404, "Course not found"));
		}
		if (status) {
			return Optional.of(state.exportTask(course.get().id(), ExportKind.ASSESSMENTS, path.get(6))
					.map(task -> JsonResponses.ok(task.downloadStatus(state.now(), state.archives())))
					.orElseGet(() -> JsonResponses.error(404, "Task not found")));
		}
		List<EmulatedAssignment> all = StudentWorkspace.assignments(course.get());
		List<EmulatedAssignment> chosen = new ArrayList<>();
		String ids = request.getUrl().queryParameter("assignmentIds");
		if (ids == null || ids.isBlank()) {
			chosen.addAll(all);
		} else {
			for (String id : ids.split(",")) {
				Optional<EmulatedAssignment> assignment = all.stream().filter(a -> a.id().equals(id.strip()))
						.findFirst();
				if (assignment.isEmpty()) {
					return Optional.of(JsonResponses.error(404, "Assignment not found: " + id.strip()));
				}
				chosen.add(assignment.get());
			}
		}
		ExportTask task = state.startExport(course.get().id(), ExportKind.ASSESSMENTS,
				new AssessmentsCsv(course.get(), chosen, state.shape()));
		return Optional.of(JsonResponses.taskProgress(request, task.id(), "download"));
	}
}
