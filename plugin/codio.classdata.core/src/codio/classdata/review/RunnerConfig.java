package codio.classdata.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads the {@code codeEnvConfig} of Codio's built-in test runners leniently: Codio publishes no sample of every
 * form, so members are looked up under the spellings seen (camelCase, snake_case, short forms).
 */
final class RunnerConfig {

	private RunnerConfig() {
	}

	/** The configuration as a JSON object, when it is one. */
	static Optional<JsonObject> parse(String codeEnvConfig) {
		try {
			JsonElement parsed = JsonParser.parseString(codeEnvConfig);
			return parsed.isJsonObject() ? Optional.of(parsed.getAsJsonObject()) : Optional.empty();
		} catch (JsonParseException | IllegalStateException e) {
			return Optional.empty();
		}
	}

	/** The text of the first member present of those named, "" when none is. */
	static String text(JsonObject json, String... members) {
		for (String member : members) {
			JsonElement value = json.get(member);
			if (value != null && value.isJsonPrimitive()) {
				return value.getAsString();
			}
		}
		return "";
	}

	/** The texts of an array member, or of a text member split at commas; empty when absent. */
	static List<String> texts(JsonObject json, String... members) {
		List<String> texts = new ArrayList<>();
		for (String member : members) {
			JsonElement value = json.get(member);
			if (value != null && value.isJsonArray()) {
				for (JsonElement each : value.getAsJsonArray()) {
					if (each.isJsonPrimitive() && !each.getAsString().isBlank()) {
						texts.add(each.getAsString().strip());
					}
				}
				return texts;
			}
			if (value != null && value.isJsonPrimitive()) {
				for (String each : value.getAsString().split(",")) {
					if (!each.isBlank()) {
						texts.add(each.strip());
					}
				}
				return texts;
			}
		}
		return texts;
	}
}
