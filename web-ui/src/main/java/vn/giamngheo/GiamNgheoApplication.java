package vn.giamngheo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The single application class; it sits in the root package so that scanning covers every
 * module's jar.
 */
@SpringBootApplication
public class GiamNgheoApplication {

	public static void main(String[] args) {
		SpringApplication.run(GiamNgheoApplication.class, args);
	}

}
