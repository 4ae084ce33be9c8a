package codio.classdata.ui.review;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import codio.classdata.review.FileChange;

/** Hides the starter files a student left as they were, so that what they wrote stands out. */
public final class UnchangedStarterFilesFilter extends ViewerFilter {

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return ChangeDecorator.kindOf(element).filter(kind -> kind == FileChange.Kind.UNCHANGED).isEmpty();
	}
}
