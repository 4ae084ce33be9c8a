package codio.classdata.workspace;

/**
 * An archive refused because one of its entries would write outside its folder: a name that climbs ({@code ..}),
 * an absolute or drive path, a link pointing out of its workspace, or an entry written through a link.
 */
public class UnsafeArchiveException extends ArchiveException {

	private static final long serialVersionUID = 1L;

	public UnsafeArchiveException(String archive, String entry, String message) {
		super(archive, entry, message);
	}
}
