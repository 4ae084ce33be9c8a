package codio.classdata.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * {@code GET courses/{id}/assignments/{id}/students}: Codio's grade, status, time spent and completion date of each
 * student ({@code StudentInformation}). A student whose code solves the assignment has 100, one who does not about
 * half; one student in eight was graded on an earlier attempt, so Codio's grade and a rerun of the tests disagree.
 */
final class AssignmentStudentsEndpoint implements EndpointFamily {

	private final EmulatorState state;

	AssignmentStudentsEndpoint(EmulatorState state) {
		this.state = state;
	}

	@Override
	public Optional<MockResponse> handle(RecordedRequest request, List<String> path) {
		if (path.size() != 5 || !path.get(0).equals("courses") || !path.get(2).equals("assignments")
				|| !path.get(4).equals("students")) {
			return Optional.empty();
		}
		if (!request.getMethod().equals("GET")) {
			return Optional.of(JsonResponses.methodNotAllowed());
		}
		AssignmentLookup found = AssignmentLookup.of(state, path.get(1), path.get(3));
		if (found.failure() != null) {
			return Optional.of(found.failure());
		}
		WorkspaceSources sources = WorkspaceSources.of(ClassLanguage.of(found.course()), found.assignment().name());
		Instant termStart = ClassDataZip.entryTime(found.course());
		List<Map<String, Object>> students = new ArrayList<>();
		for (EmulatedUser student : state.students(found.course().id())) {
			SplittableRandom random = SeededRandom.of("grade", found.course().id(), found.assignment().id(),
					student.login());
			boolean solved = sources.solves(student) != (random.nextInt(8) == 0);
			Map<String, Object> info = new LinkedHashMap<>();
			info.put("student_id", student.id());
			info.put("student_email", student.email());
			info.put("student_name", student.name());
			info.put("seconds_spent", 600 + random.nextInt(3 * 3600));
			info.put("grade", solved ? 100 : 40 + random.nextInt(20));
			info.put("extra_credit", 0);
			info.put("status", solved ? "COMPLETED" : "STARTED");
			if (solved) {
				info.put("completion_date",
						termStart.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 90))).toString());
			}
			info.put("extendedDeadline", 0);
			info.put("extendedTimeLimit", 0);
			students.add(info);
		}
		return Optional.of(JsonResponses.ok(students));
	}
}
