package codio.classdata.workspace;

import java.util.List;
import java.util.Map;

/**
 * What is known of one workspace before it is extracted: enough to recommend its stack.
 *
 * @param files     every file's path relative to the workspace, {@code /}-separated
 * @param hintTexts the content of its hint files ({@link ArchiveEntryInfo#isHintFile}) by relative path
 */
public record WorkspaceFacts(List<String> files, Map<String, String> hintTexts) {

	public WorkspaceFacts {
		files = List.copyOf(files);
		hintTexts = Map.copyOf(hintTexts);
	}
}
