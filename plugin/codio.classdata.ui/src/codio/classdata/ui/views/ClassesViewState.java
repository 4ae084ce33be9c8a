package codio.classdata.ui.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.ui.IMemento;

import codio.classdata.api.Course;

/**
 * What the Codio Classes view keeps across restarts (Buildship's TaskViewState does the same): the archived
 * toggle, the filter text, and which classes and folders were expanded, by id since the objects are new.
 */
final class ClassesViewState {

	private static final String SHOW_ARCHIVED = "showArchived";
	private static final String FILTER = "filter";
	private static final String EXPANDED = "expandedClass";
	private static final String ID = "id";

	private final boolean showArchived;
	private final String filter;
	/** Consumed by the first listing after a restart; later listings keep the tree's own expansion. */
	private Set<String> expandedIds;

	private ClassesViewState(boolean showArchived, String filter, Set<String> expandedIds) {
		this.showArchived = showArchived;
		this.filter = filter;
		this.expandedIds = expandedIds;
	}

	static ClassesViewState restore(IMemento memento) {
		if (memento == null) {
			return new ClassesViewState(false, "", Set.of());
		}
		Set<String> ids = new HashSet<>();
		for (IMemento child : memento.getChildren(EXPANDED)) {
			ids.add(child.getString(ID));
		}
		String filter = memento.getString(FILTER);
		return new ClassesViewState(Boolean.TRUE.equals(memento.getBoolean(SHOW_ARCHIVED)),
				filter == null ? "" : filter, ids);
	}

	static void save(IMemento memento, boolean showArchived, String filter, Object[] expanded) {
		memento.putBoolean(SHOW_ARCHIVED, showArchived);
		memento.putString(FILTER, filter);
		for (Object element : expanded) {
			if (element instanceof Course course) {
				memento.createChild(EXPANDED).putString(ID, course.id());
			} else if (element instanceof ClassFolder folder) {
				memento.createChild(EXPANDED).putString(ID, folder.course().id() + "/" + folder.kind().name());
			}
		}
	}

	boolean showArchived() {
		return showArchived;
	}

	String filter() {
		return filter;
	}

	/** The classes and folders among {@code shown} that were expanded when the workbench last closed. */
	Object[] takeExpansion(List<Course> shown) {
		List<Object> expanded = new ArrayList<>();
		for (Course course : shown) {
			if (expandedIds.contains(course.id())) {
				expanded.add(course);
			}
			for (ClassFolder.Kind kind : ClassFolder.Kind.values()) {
				if (expandedIds.contains(course.id() + "/" + kind.name())) {
					expanded.add(new ClassFolder(course, kind));
				}
			}
		}
		expandedIds = Set.of();
		return expanded.toArray();
	}
}
