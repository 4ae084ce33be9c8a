package codio.classdata.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.Assessment.CodeTest;
import codio.classdata.review.Assessment.OutputOptions;
import codio.classdata.review.Assessment.SequenceEntry;
import codio.classdata.review.Assessment.StandardCodeTest;

/**
 * Reads an assignment's assessments from its {@code .guides/}: one JSON file per assessment in
 * {@code .guides/assessments/} (the current layout), or one array in {@code .guides/assessments.json} (older units).
 * Reading is lenient, as Codio's files are hand-edited: a file that cannot be read is reported, the others still
 * count.
 */
public final class AssessmentReader {

	/** The time limit of a code test whose file names none. */
	static final int DEFAULT_TIMEOUT_SECONDS = 30;

	/**
	 * What was read.
	 *
	 * @param assessments in file-name order
	 * @param problems    one sentence per file that could not be read
	 */
	public record Result(List<Assessment> assessments, List<String> problems) {

		public Result {
			assessments = List.copyOf(assessments);
			problems = List.copyOf(problems);
		}

		static Result empty() {
			return new Result(List.of(), List.of());
		}
	}

	private AssessmentReader() {
	}

	/** The assessments of the workspace or baseline at {@code root}; none when it has no {@code .guides}. */
	public static Result read(Path root) throws IOException {
		List<Assessment> assessments = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Path folder = root.resolve(".guides/assessments");
		if (Files.isDirectory(folder)) {
			List<Path> files;
			try (Stream<Path> children = Files.list(folder)) {
				files = children.filter(file -> file.getFileName().toString().endsWith(".json"))
						.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
			}
			for (Path file : files) {
				try {
					assessments.add(assessment(parse(file).getAsJsonObject()));
				} catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
					problems.add(NLS.bind(ReviewText.AssessmentReader_unreadable, root.relativize(file), e.getMessage()));
				}
			}
		}
		Path older = root.resolve(".guides/assessments.json");
		if (Files.isRegularFile(older)) {
			try {
				JsonArray array = parse(older).getAsJsonArray();
				for (JsonElement element : array) {
					assessments.add(assessment(element.getAsJsonObject()));
				}
			} catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
				problems.add(NLS.bind(ReviewText.AssessmentReader_unreadable, root.relativize(older), e.getMessage()));
			}
		}
		return new Result(assessments, problems);
	}

	/** Gson's parser reads leniently: comments, unquoted names and single quotes pass. */
	private static JsonElement parse(Path file) throws IOException {
		return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
	}

	static Assessment assessment(JsonObject json) {
		String type = string(json, "type", "");
		String taskId = string(json, "taskId", "");
		JsonObject source = json.has("source") && json.get("source").isJsonObject() ? json.getAsJsonObject("source")
				: new JsonObject();
		String name = string(source, "name", taskId);
		double points = number(source, "points", 0);
		CodeTest codeTest = switch (type) {
		case Assessment.STANDARD_CODE_TEST -> standard(source);
		case Assessment.ADVANCED_CODE_TEST -> advanced(source);
		default -> null;
		};
		return new Assessment(taskId, type, name, points, codeTest);
	}

	private static StandardCodeTest standard(JsonObject source) {
		JsonObject options = source.has("options") && source.get("options").isJsonObject()
				? source.getAsJsonObject("options")
				: new JsonObject();
		List<SequenceEntry> sequence = new ArrayList<>();
		if (source.has("sequence") && source.get("sequence").isJsonArray()) {
			for (JsonElement element : source.getAsJsonArray("sequence")) {
				JsonObject entry = element.getAsJsonObject();
				sequence.add(new SequenceEntry(string(entry, "arguments", ""), string(entry, "input", ""),
						string(entry, "output", "")));
			}
		}
		int timeout = (int) number(options, "timeout", DEFAULT_TIMEOUT_SECONDS);
		return new StandardCodeTest(string(source, "preExecuteCommand", ""), string(source, "command", ""),
				new OutputOptions(bool(options, "ignoreCase"), bool(options, "ignoreWhitespaces"),
						bool(options, "ignoreNewline"), bool(options, "matchSubstring"),
						timeout > 0 ? timeout : DEFAULT_TIMEOUT_SECONDS),
				sequence);
	}

	private static AdvancedCodeTest advanced(JsonObject source) {
		int timeout = (int) number(source, "timeoutSeconds", DEFAULT_TIMEOUT_SECONDS);
		JsonElement config = source.get("codeEnvConfig");
		String codeEnvConfig = config == null || config.isJsonNull() ? ""
				: config.isJsonPrimitive() ? config.getAsString() : config.toString();
		return new AdvancedCodeTest(string(source, "command", ""), timeout > 0 ? timeout : DEFAULT_TIMEOUT_SECONDS,
				bool(source, "arePartialPointsAllowed"), codeEnvConfig.strip());
	}

	private static String string(JsonObject json, String member, String fallback) {
		JsonElement value = json.get(member);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : fallback;
	}

	private static double number(JsonObject json, String member, double fallback) {
		JsonElement value = json.get(member);
		try {
			return value != null && value.isJsonPrimitive() ? value.getAsDouble() : fallback;
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	private static boolean bool(JsonObject json, String member) {
		JsonElement value = json.get(member);
		return value != null && value.isJsonPrimitive() && (value.getAsJsonPrimitive().isBoolean()
				? value.getAsBoolean()
				: "true".equalsIgnoreCase(value.getAsString()));
	}
}
