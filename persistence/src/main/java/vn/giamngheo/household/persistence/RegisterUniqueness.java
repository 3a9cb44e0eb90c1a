package vn.giamngheo.household.persistence;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.Scope;

/**
 * Which refusal to give when a household code or citizen ID is already used. Inside the
 * caller's communes the message may say so ("đã được dùng cho hộ khác"); outside them it
 * must not, or a commune official could test any citizen ID of the province and learn
 * that the person is registered somewhere (issue 11, finding 5). The neutral wording
 * ({@code *.unavailable}) reads the same whether the value is used elsewhere or merely
 * cannot be accepted.
 */
@Component
public class RegisterUniqueness {

	public static final String CODE_UNAVAILABLE = "household.code.unavailable";

	public static final String CITIZEN_ID_UNAVAILABLE = "member.citizenId.unavailable";

	private final JdbcTemplate jdbc;

	RegisterUniqueness(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The message key for a household code that is already taken. */
	public String codeRefusal(String code, Scope scope) {
		List<Long> communes = jdbc.queryForList("SELECT commune_id FROM household WHERE code = ?", Long.class, code);
		return allCovered(communes, scope) ? "household.code.taken" : CODE_UNAVAILABLE;
	}

	/** The message key for a citizen ID that another member already has. */
	public String citizenIdRefusal(String citizenId, Long exceptMemberId, Scope scope) {
		List<Long> communes = jdbc.queryForList("""
				SELECT h.commune_id FROM household_member m JOIN household h ON h.id = m.household_id
				WHERE m.citizen_id = ? AND m.id <> ?""", Long.class, citizenId,
				exceptMemberId == null ? -1L : exceptMemberId);
		return allCovered(communes, scope) ? "member.citizenId.taken" : CITIZEN_ID_UNAVAILABLE;
	}

	private static boolean allCovered(List<Long> communes, Scope scope) {
		return !communes.isEmpty() && communes.stream().allMatch(scope::covers);
	}

}
