package codio.classdata.ui;

import org.eclipse.core.expressions.PropertyTester;

import codio.classdata.export.ExportLink;

/** {@code codio.classdata.ui.exportLink.status}: enables link commands only where they can work. */
public final class ExportLinkPropertyTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (receiver instanceof ExportLink link) {
			if ("status".equals(property)) {
				return link.status().name().equalsIgnoreCase(String.valueOf(expectedValue));
			}
			if ("downloaded".equals(property)) {
				return link.downloadedTo().isPresent();
			}
		}
		return false;
	}
}
