package vn.giamngheo.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.giamngheo.demo.DemoData;

/**
 * Loads the demo province at start-up when {@code giamngheo.demo.enabled=true} (the
 * README's run command sets it).
 */
@Component
@ConditionalOnProperty(name = "giamngheo.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

	private final DemoData demo;

	private final PasswordEncoder passwords;

	private final DemoProperties properties;

	DemoDataRunner(DemoData demo, PasswordEncoder passwords, DemoProperties properties) {
		this.demo = demo;
		this.passwords = passwords;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isLoaded()) {
			demo.load(new DemoData.Spec(properties.districts(), properties.households(), properties.seed()),
					passwords::encode);
			demo.vacuum();
		}
	}

}
