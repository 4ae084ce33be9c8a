package codio.classdata.ui.views;

import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;

import codio.classdata.api.Course;

/** The class a selected tree element belongs to: the class itself, one of its folders, modules or assignments. */
public final class SelectedClass {

	private SelectedClass() {
	}

	public static Optional<Course> of(IStructuredSelection selection) {
		Object element = selection == null ? null : selection.getFirstElement();
		if (element instanceof Course course) {
			return Optional.of(course);
		}
		if (element instanceof ClassFolder folder) {
			return Optional.of(folder.course());
		}
		if (element instanceof ModuleNode module) {
			return Optional.of(module.course());
		}
		if (element instanceof AssignmentNode assignment) {
			return Optional.of(assignment.course());
		}
		return Optional.empty();
	}
}
