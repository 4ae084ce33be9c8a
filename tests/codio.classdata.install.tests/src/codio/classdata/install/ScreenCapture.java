package codio.classdata.install;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;

import javax.imageio.ImageIO;

/**
 * Saves the whole X screen of {@code DISPLAY} as a PNG: {@code ScreenCapture FILE}. Run as a process of its own,
 * so that it captures the virtual display the installed IDE runs on, not the test runtime's.
 */
public final class ScreenCapture {

	private ScreenCapture() {
	}

	public static void main(String[] args) throws Exception {
		Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
		BufferedImage image = new Robot().createScreenCapture(screen);
		if (!ImageIO.write(image, "png", new File(args[0]))) {
			throw new IllegalStateException("No PNG writer");
		}
	}
}
