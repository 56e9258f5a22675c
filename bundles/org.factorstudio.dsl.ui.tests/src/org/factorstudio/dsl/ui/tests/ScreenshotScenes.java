package org.factorstudio.dsl.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the screenshot scenes (docs/screenshot-scenes.sh, docs/screenshot-welcome.sh) share: letting the
 * workbench paint, and the hand-over to the script that takes each picture ({@code ready-N}, then wait for
 * {@code done-N} in $FACTORSTUDIO_SCREENSHOT_DIR).
 */
final class ScreenshotScenes {

	private ScreenshotScenes() {
	}

	static void photograph(Path signals, int scene) throws Exception {
		Files.writeString(signals.resolve("ready-" + scene), "ready");
		StudyEditorFixture.waitUntil("the screenshot was taken", () -> Files.exists(signals.resolve("done-" + scene)),
				120_000);
	}

	/** Runs the event loop for a while, so that layouts and paints land before a picture. */
	static void settle(long millis) throws InterruptedException {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			StudyEditorFixture.drainEvents();
			Thread.sleep(20);
		}
	}
}
