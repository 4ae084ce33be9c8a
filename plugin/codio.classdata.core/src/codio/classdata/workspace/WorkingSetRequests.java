package codio.classdata.workspace;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * Projects waiting to join a working set. Working sets belong to the workbench, which the command line does not
 * start: {@code import --working-set} records its projects here, in the workspace's own preferences, and the IDE
 * adds them when it next opens that workspace (then forgets the request).
 */
public final class WorkingSetRequests {

	private static final String NODE = "codio.classdata";
	private static final String KEY = "pendingWorkingSets";
	private static final Type SHAPE = new TypeToken<LinkedHashMap<String, List<String>>>() {
	}.getType();

	private WorkingSetRequests() {
	}

	/** Records that these projects should join the working set (created when missing); saved at once. */
	public static synchronized void add(String workingSet, List<String> projectNames) throws BackingStoreException {
		Map<String, List<String>> all = pending();
		Set<String> projects = new LinkedHashSet<>(all.getOrDefault(workingSet, List.of()));
		projects.addAll(projectNames);
		all.put(workingSet, new ArrayList<>(projects));
		save(all);
	}

	/** The requests not yet carried out: working set name → project names, in the order they were made. */
	public static synchronized Map<String, List<String>> pending() {
		String saved = node().get(KEY, null);
		if (saved == null || saved.isBlank()) {
			return new LinkedHashMap<>();
		}
		try {
			Map<String, List<String>> read = new Gson().fromJson(saved, SHAPE);
			return read == null ? new LinkedHashMap<>() : read;
		} catch (JsonParseException e) {
			return new LinkedHashMap<>(); // a hand-edited preference: nothing sensible to carry out
		}
	}

	/** Forgets the requests of these working sets (carried out). */
	public static synchronized void remove(Set<String> workingSets) throws BackingStoreException {
		Map<String, List<String>> all = pending();
		all.keySet().removeAll(workingSets);
		save(all);
	}

	private static void save(Map<String, List<String>> all) throws BackingStoreException {
		IEclipsePreferences node = node();
		if (all.isEmpty()) {
			node.remove(KEY);
		} else {
			node.put(KEY, new Gson().toJson(all, SHAPE));
		}
		node.flush();
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
