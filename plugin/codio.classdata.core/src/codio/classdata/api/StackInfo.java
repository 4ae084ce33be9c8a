package codio.classdata.api;

import java.util.List;

/** A Codio stack (the runtime image of a workspace), as {@code stacks/{id}} describes it. */
public record StackInfo(String id, String name, String owner, List<StackVersion> versions) {

	public StackInfo {
		versions = versions == null ? List.of() : List.copyOf(versions);
	}

	/** One published version of a stack. */
	public record StackVersion(String id, String date, String changelog) {
	}
}
