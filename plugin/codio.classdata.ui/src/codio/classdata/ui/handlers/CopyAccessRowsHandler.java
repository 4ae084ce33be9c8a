package codio.classdata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.ui.access.AccessDataEditor;

/** Copy (Ctrl+C) in the Access Data editor: the selected events as tab-separated text with a header line. */
public final class CopyAccessRowsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof AccessDataEditor editor) {
			editor.copySelection();
		}
		return null;
	}
}
