package vn.giamngheo.testsupport;

import vn.giamngheo.demo.DemoData;

/**
 * The demo province that persistence tests load into the run's database. It is loaded
 * once per run by whichever test needs it first, so every such test asks for the same
 * size: a seed-sized Trà Cú (about 43,000 households, as in the 2023 plan) and its
 * neighbour.
 */
public final class TestDemo {

	public static final DemoData.Spec SPEC = new DemoData.Spec(2, 86_000, 2023);

	private TestDemo() {
	}

	public static void ensureLoaded(DemoData demo) {
		if (!demo.isLoaded()) {
			demo.load(SPEC, password -> "{noop}" + password);
		}
	}

}
