package codio.classdata.workspace;

import java.util.Objects;

/**
 * The stack recommended for an imported workspace, and why, so the user can judge it before accepting.
 *
 * @param stack  the recommended stack
 * @param reason one short sentence naming the evidence, such as "Found pom.xml targeting Java 11"
 */
public record StackRecommendation(CodioStack stack, String reason) {

	public StackRecommendation {
		Objects.requireNonNull(stack, "stack");
		Objects.requireNonNull(reason, "reason");
	}
}
