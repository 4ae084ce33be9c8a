package codio.classdata.emulator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The LLM proxy export: a JSON array of the requests students' code sent through Codio's LLM proxy. */
final class LlmProxyJson implements ArchiveContent {

	private static final String[] MODELS = { "gpt-4o-mini", "claude-3-5-haiku", "llama-3.1-8b-instruct" };

	private final EmulatedCourse course;
	private final WorkspaceShape shape;

	LlmProxyJson(EmulatedCourse course, WorkspaceShape shape) {
		this.course = course;
		this.shape = shape;
	}

	@Override
	public String key() {
		return "llmproxy/" + course.id() + "/" + shape.studentsPerClass();
	}

	@Override
	public String extension() {
		return "json";
	}

	@Override
	public String contentType() {
		return "application/json; charset=utf-8";
	}

	@Override
	public void writeTo(Path file) throws IOException {
		List<EmulatedAssignment> assignments = StudentWorkspace.assignments(course);
		Instant termStart = ClassDataZip.entryTime(course);
		List<Map<String, Object>> requests = new ArrayList<>();
		for (EmulatedUser student : ClassRoster.students(course, shape.studentsPerClass())) {
			SplittableRandom random = SeededRandom.of("llmproxy", course.id(), student.login());
			int count = assignments.isEmpty() ? 0 : random.nextInt(4);
			for (int i = 0; i < count; i++) {
				Map<String, Object> request = new LinkedHashMap<>();
				request.put("timestamp", termStart.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 90))).toString());
				request.put("userId", student.id());
				request.put("login", student.login());
				request.put("assignmentId", assignments.get(random.nextInt(assignments.size())).id());
				request.put("model", MODELS[random.nextInt(MODELS.length)]);
				request.put("promptTokens", 100 + random.nextInt(2000));
				request.put("completionTokens", 20 + random.nextInt(600));
				request.put("latencyMs", 300 + random.nextInt(4000));
				request.put("status", random.nextInt(20) == 0 ? 429 : 200);
				requests.add(request);
			}
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			JsonResponses.gson().toJson(requests, writer);
		}
	}
}
