package vn.giamngheo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the persistence module alone for its own tests; the real application class lives
 * in web-ui.
 */
@SpringBootApplication
public class PersistenceTestApplication {

}
