package codio.classdata.ui.access;

import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code codio.classdata.ui.accessData.hasShownRows} and {@code …hasSelectedRows} on the Access Data editor, so
 * that Copy and the exports are enabled only when there are rows for them (the editor asks for a new evaluation
 * whenever its filter or selection changes).
 */
public final class AccessDataPropertyTester extends PropertyTester {

	static final String NAMESPACE = "codio.classdata.ui.accessData";
	static final String HAS_SHOWN_ROWS = NAMESPACE + ".hasShownRows";
	static final String HAS_SELECTED_ROWS = NAMESPACE + ".hasSelectedRows";

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (receiver instanceof AccessDataEditor editor) {
			return switch (property) {
			case "hasShownRows" -> editor.hasShownRows();
			case "hasSelectedRows" -> editor.hasSelectedRows();
			default -> false;
			};
		}
		return false;
	}
}
