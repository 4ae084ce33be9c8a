package codio.classdata.ui.testresults;

import java.util.Comparator;

import org.eclipse.jface.viewers.ColumnLabelProvider;

import codio.classdata.review.ReviewTestOperation.ProjectResult;
import codio.classdata.review.TestOutcome;

/**
 * One column of the results matrix: its title, width, texts (for project rows and the totals row), how its rows
 * sort, and for a test column the outcome a cell stands for.
 */
abstract class ResultColumn extends ColumnLabelProvider {

	/** The element of the totals row, always the last row. */
	static final Object TOTALS = new Object() {
		@Override
		public String toString() {
			return "totals";
		}
	};

	private final String title;
	private final int width;

	ResultColumn(String title, int width) {
		this.title = title;
		this.width = width;
	}

	String title() {
		return title;
	}

	int width() {
		return width;
	}

	@Override
	public final String getText(Object element) {
		return element == TOTALS ? totalsText() : text((ProjectResult) element);
	}

	abstract String text(ProjectResult row);

	/** The totals row's text; empty by default. */
	String totalsText() {
		return "";
	}

	/** How project rows sort by this column, ascending. */
	abstract Comparator<ProjectResult> order();

	/** The outcome a cell of this column shows, or null when this is not a test column or the row has none. */
	TestOutcome outcome(ProjectResult row) {
		return null;
	}
}
