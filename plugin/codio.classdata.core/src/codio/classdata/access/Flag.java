package codio.classdata.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Something in the access data worth a look — a hint, not a finding: a shared IP may be a school network, many IPs
 * may be a phone on the move. Carries the rows behind it so that the editor can show them.
 */
public final class Flag {

	private final FlagKind kind;
	private final List<String> who;
	private final Instant when;
	private final String message;
	private final int[] rows;

	/**
	 * @param who     the usernames concerned
	 * @param when    the first event behind the flag
	 * @param message a sentence for people, worded as a hint
	 * @param rows    the row indexes behind the flag, in time order
	 */
	public Flag(FlagKind kind, List<String> who, Instant when, String message, int[] rows) {
		this.kind = kind;
		this.who = List.copyOf(who);
		this.when = when;
		this.message = message;
		this.rows = rows.clone();
	}

	public FlagKind kind() {
		return kind;
	}

	public List<String> who() {
		return who;
	}

	public Instant when() {
		return when;
	}

	public String message() {
		return message;
	}

	/** The rows behind the flag (a copy). */
	public int[] rows() {
		return rows.clone();
	}

	public int rowCount() {
		return rows.length;
	}

	@Override
	public String toString() {
		return kind + " " + who + " at " + when + ": " + message + " rows " + Arrays.toString(rows);
	}
}
