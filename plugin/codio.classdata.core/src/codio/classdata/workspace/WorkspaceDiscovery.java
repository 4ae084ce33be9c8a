package codio.classdata.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the student workspaces in a listed input.
 * <p>
 * A workspace is a folder holding Codio's markers — a {@code .codio} or {@code .codioJUnit} file, a
 * {@code .settings} <em>file</em> (Codio's INI settings; Eclipse's {@code .settings} is a folder), or a
 * {@code .guides/} folder — the outermost such folder winning, or the top of a nested per-student archive. Files
 * outside every workspace (an export's own CSV files, say) are not imported. An input without any marker is one
 * workspace: its root, or its only top folder.
 * <p>
 * Names come from the path. Class exports come as {@code assignment/student/…} (Codio's) or
 * {@code student/assignment/…}; the order is decided for the whole input: by the class's known student logins
 * when given, else by which names look like logins (lower case, no spaces) rather than assignment titles, else the
 * position with fewer distinct names is the assignment (classes have more students than assignments), else
 * Codio's order. A workspace one folder deep is a student's when the input holds several, else the assignment's;
 * a workspace at the root takes the input's name as its assignment.
 */
public final class WorkspaceDiscovery {

	private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._@+-]*");

	private final String inputName;
	private final Set<String> knownStudents;

	/**
	 * @param inputName     the input's file or folder name, which names lone workspaces
	 * @param knownStudents the class's student logins when known (from Codio), else empty
	 */
	public WorkspaceDiscovery(String inputName, Set<String> knownStudents) {
		this.inputName = inputName;
		this.knownStudents = lowerCase(knownStudents);
	}

	/** The workspaces of the listed entries, in the order of the input. */
	public List<DiscoveredWorkspace> discover(List<ArchiveEntryInfo> entries) {
		Map<String, List<ArchiveEntryInfo>> byContainer = new LinkedHashMap<>();
		for (ArchiveEntryInfo entry : entries) {
			if (!isJunk(entry.path())) {
				byContainer.computeIfAbsent(entry.container(), c -> new ArrayList<>()).add(entry);
			}
		}
		boolean hasNested = byContainer.keySet().stream().anyMatch(c -> !c.isEmpty());
		List<Found> found = new ArrayList<>();
		byContainer.forEach((container, containerEntries) -> {
			List<String> roots = markerRoots(containerEntries);
			if (container.isEmpty() && roots.isEmpty() && hasNested) {
				return; // loose files beside per-student archives belong to no workspace
			}
			if (roots.isEmpty() || !container.isEmpty() && roots.size() == 1) {
				String prefix = roots.isEmpty() ? onlyTopFolder(containerEntries) : roots.get(0);
				roots = List.of(prefix);
			}
			found.addAll(collect(container, roots, containerEntries));
		});
		found.removeIf(f -> f.files.isEmpty());
		return name(found);
	}

	/** Folders holding Codio markers, outermost only, in input order. */
	private static List<String> markerRoots(List<ArchiveEntryInfo> entries) {
		Set<String> markers = new LinkedHashSet<>();
		for (ArchiveEntryInfo entry : entries) {
			String path = entry.path();
			String name = entry.fileName();
			String folder = path.substring(0, path.length() - name.length());
			if (entry.type() == EntryType.FILE
					&& (name.equals(".codio") || name.equals(".codioJUnit") || name.equals(".settings"))) {
				markers.add(folder);
			}
			int guides = ("/" + path + "/").indexOf("/.guides/");
			if (guides >= 0) {
				markers.add(path.substring(0, guides));
			}
		}
		List<String> outermost = new ArrayList<>();
		markers.stream().sorted((a, b) -> Integer.compare(a.length(), b.length())).forEach(root -> {
			if (outermost.stream().noneMatch(root::startsWith)) {
				outermost.add(root);
			}
		});
		List<String> inInputOrder = new ArrayList<>(markers);
		inInputOrder.retainAll(outermost);
		return inInputOrder;
	}

	/** {@code "top/"} when every entry sits in one top folder, else {@code ""}. */
	private static String onlyTopFolder(List<ArchiveEntryInfo> entries) {
		String top = null;
		for (ArchiveEntryInfo entry : entries) {
			int slash = entry.path().indexOf('/');
			String first = slash < 0 ? null : entry.path().substring(0, slash + 1);
			if (first == null && entry.type() == EntryType.DIRECTORY) {
				first = entry.path() + "/";
			}
			if (first == null || top != null && !top.equals(first)) {
				return "";
			}
			top = first;
		}
		return top == null ? "" : top;
	}

	private static List<Found> collect(String container, List<String> roots, List<ArchiveEntryInfo> entries) {
		Map<String, Found> byPrefix = new LinkedHashMap<>();
		for (String prefix : roots) {
			byPrefix.put(prefix, new Found(new WorkspaceRoot(container, prefix)));
		}
		for (ArchiveEntryInfo entry : entries) {
			if (entry.type() == EntryType.DIRECTORY) {
				continue;
			}
			Found owner = owner(byPrefix, entry.path());
			if (owner != null) {
				owner.add(entry);
			}
		}
		return new ArrayList<>(byPrefix.values());
	}

	/** The workspace whose folder holds the path: looked up folder by folder, as roots never nest. */
	private static Found owner(Map<String, Found> byPrefix, String path) {
		Found atRoot = byPrefix.get("");
		for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
			Found found = byPrefix.get(path.substring(0, slash + 1));
			if (found != null) {
				return found;
			}
		}
		return atRoot;
	}

	private List<DiscoveredWorkspace> name(List<Found> found) {
		List<List<String>> segments = new ArrayList<>();
		for (Found f : found) {
			segments.add(segments(f.root));
		}
		boolean studentFirst = studentFirst(segments);
		String inputBase = FileNameParts.withoutArchiveExtension(inputName);
		List<DiscoveredWorkspace> workspaces = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			List<String> names = segments.get(i);
			String student;
			String assignment;
			if (names.isEmpty()) {
				student = "";
				assignment = inputBase;
			} else if (names.size() == 1) {
				boolean several = found.size() > 1;
				student = several ? names.get(0) : "";
				assignment = several ? inputBase : names.get(0);
			} else {
				String first = names.get(names.size() - 2);
				String second = names.get(names.size() - 1);
				student = studentFirst ? first : second;
				assignment = studentFirst ? second : first;
			}
			workspaces.add(found.get(i).toWorkspace(student, assignment));
		}
		return workspaces;
	}

	/** The folder names leading to a workspace: its nested archive's folders and name, else its prefix's folders. */
	private static List<String> segments(WorkspaceRoot root) {
		List<String> names = new ArrayList<>();
		if (!root.container().isEmpty()) {
			for (String part : root.container().split("/")) {
				names.add(part);
			}
			int last = names.size() - 1;
			names.set(last, FileNameParts.withoutArchiveExtension(names.get(last)));
			return names; // a folder inside a per-student archive names the project, not the student
		}
		for (String part : root.prefix().split("/")) {
			if (!part.isEmpty()) {
				names.add(part);
			}
		}
		return names;
	}

	/** Whether two-level paths read {@code student/assignment} rather than Codio's {@code assignment/student}. */
	private boolean studentFirst(List<List<String>> segments) {
		Set<String> firsts = new HashSet<>();
		Set<String> seconds = new HashSet<>();
		for (List<String> names : segments) {
			if (names.size() >= 2) {
				firsts.add(names.get(names.size() - 2));
				seconds.add(names.get(names.size() - 1));
			}
		}
		if (!knownStudents.isEmpty()) {
			long firstMatches = lowerCase(firsts).stream().filter(knownStudents::contains).count();
			long secondMatches = lowerCase(seconds).stream().filter(knownStudents::contains).count();
			if (firstMatches != secondMatches) {
				return firstMatches > secondMatches;
			}
		}
		double firstLoginLike = loginLikeShare(firsts);
		double secondLoginLike = loginLikeShare(seconds);
		if (Math.abs(firstLoginLike - secondLoginLike) >= 0.5) {
			return firstLoginLike > secondLoginLike;
		}
		// a lone assignment or student says nothing: then Codio's own order
		return seconds.size() > 1 && firsts.size() > seconds.size();
	}

	/**
	 * How many of the names look like Codio logins (lower case, no spaces), where assignment names are written
	 * for people ("Hello World", "Week 3: Loops").
	 */
	private static double loginLikeShare(Set<String> names) {
		if (names.isEmpty()) {
			return 0;
		}
		return names.stream().filter(name -> LOGIN.matcher(name).matches()).count() / (double) names.size();
	}

	private static boolean isJunk(String path) {
		return path.startsWith("__MACOSX/") || path.equals("__MACOSX") || path.endsWith(".DS_Store");
	}

	private static Set<String> lowerCase(Set<String> names) {
		Set<String> lower = new HashSet<>();
		names.forEach(name -> lower.add(name.toLowerCase(Locale.ROOT)));
		return lower;
	}


	/** A workspace being gathered. */
	private static final class Found {
		final WorkspaceRoot root;
		final List<String> files = new ArrayList<>();
		final Map<String, String> hints = new HashMap<>();
		long bytes;

		Found(WorkspaceRoot root) {
			this.root = root;
		}

		void add(ArchiveEntryInfo entry) {
			String relative = root.relativePath(entry);
			files.add(relative);
			bytes += Math.max(0, entry.size());
			if (entry.text() != null) {
				hints.put(relative, entry.text());
			}
		}

		DiscoveredWorkspace toWorkspace(String student, String assignment) {
			return new DiscoveredWorkspace(root, student, assignment, files.size(), bytes, LanguageCensus.of(files),
					new WorkspaceFacts(files, hints));
		}
	}
}
