package codio.classdata.access;

import org.apache.commons.csv.CSVRecord;

import org.eclipse.osgi.util.NLS;

/**
 * Turns parsed records into rows of the log: checks the value count, reads the date and the access type, interns
 * the text. A record that fails a check becomes a bad row with its line number.
 */
final class RowDecoder {

	private final AccessLogBuilder builder;
	private final AccessDates dates = new AccessDates();
	private final int[] textAt;
	private final int[] extraAt;
	private final int dateAt;
	private final int typeAt;
	private final int width;
	private final String[] text;
	private final String[] extras;

	RowDecoder(HeaderLayout layout, AccessLogBuilder builder) {
		this.builder = builder;
		textAt = layout.textIndexes();
		extraAt = layout.extraIndexes();
		dateAt = layout.indexOf(AccessColumn.DATE);
		typeAt = layout.indexOf(AccessColumn.ACCESS_TYPE);
		width = layout.width();
		text = new String[textAt.length];
		extras = new String[extraAt.length];
	}

	/**
	 * @param endLine the parser's line count just after the record
	 */
	void decode(CSVRecord record, long endLine) {
		if (record.size() != width) {
			bad(record, endLine, NLS.bind(AccessText.RowDecoder_width, record.size(), width));
			return;
		}
		String date = record.get(dateAt);
		long epochMilli = dates.parse(date);
		if (epochMilli == AccessDates.INVALID) {
			bad(record, endLine, NLS.bind(AccessText.RowDecoder_date, date));
			return;
		}
		String typeText = record.get(typeAt);
		AccessType type = AccessType.parse(typeText);
		if (type == null) {
			bad(record, endLine, NLS.bind(AccessText.RowDecoder_accessType, typeText));
			return;
		}
		for (int i = 0; i < textAt.length; i++) {
			text[i] = textAt[i] < 0 ? "" : record.get(textAt[i]);
		}
		for (int i = 0; i < extraAt.length; i++) {
			extras[i] = record.get(extraAt[i]);
		}
		builder.add(text, epochMilli, type, extras);
	}

	void bad(long line, String reason) {
		builder.badRows.add(line, reason);
	}

	private void bad(CSVRecord record, long endLine, String reason) {
		// The parser has just passed the record's end; a quoted value may have spanned lines.
		long line = endLine;
		for (String value : record.values()) {
			line -= value.chars().filter(c -> c == '\n').count();
		}
		builder.badRows.add(line, reason);
	}
}
