package codio.classdata.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import codio.classdata.api.Course;
import codio.classdata.api.CourseModule;

/** Classes at the top, their modules below, assignments at the leaves. */
final class ClassesContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Course course) {
			return course.modules().toArray();
		}
		if (parent instanceof CourseModule module) {
			return module.assignments().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
