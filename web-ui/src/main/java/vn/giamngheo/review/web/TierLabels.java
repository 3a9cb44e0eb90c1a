package vn.giamngheo.review.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.review.persistence.ApprovalChains;
import vn.giamngheo.shared.web.TierWording;

/**
 * The one place that chooses between the district's wording ("huyện") and the province's
 * ("Sở", "tỉnh") — issue 14, item 1: since 01/07/2025 a two-level province has no
 * district (Law 72/2025/QH15 on local government organisation; the department works with
 * its communes directly). A message key {@code k} with a province variant
 * {@code k.province} is answered with the variant when the chain in question has no
 * district: the campaign's chain on a campaign page (a pre-July-2025 campaign keeps the
 * district's wording), otherwise the chain of the caller's province today. Templates call
 * {@code @tier.key('review.docs.districtPdf', chain)}; Java calls {@link #key}.
 */
@Component("tier")
@NamedInterface("labels")
public class TierLabels implements TierWording {

	static final String PROVINCE_SUFFIX = ".province";

	private final ApprovalChains chains;

	private final MessageSource messages;

	private final Clock clock;

	TierLabels(ApprovalChains chains, MessageSource messages, Clock clock) {
		this.chains = chains;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The key to show: the province variant where the chain (or, without one, the
	 * caller's today) has no district.
	 */
	public String key(String base, ApprovalChain chain) {
		if (base == null) {
			return null;
		}
		boolean twoLevel = chain != null ? !chain.hasDistrict() : callerTwoLevel();
		if (!twoLevel) {
			return base;
		}
		String variant = base + PROVINCE_SUFFIX;
		return messages.getMessage(variant, null, null, LocaleContextHolder.getLocale()) != null ? variant : base;
	}

	@Override
	public String key(String base) {
		return key(base, null);
	}

	/**
	 * A role's label key for the caller's context ("Cán bộ Sở" instead of "Cán bộ Phòng
	 * LĐ-TB&XH huyện").
	 */
	public String roleKey(Role role) {
		return role == null ? null : key("role." + role.name());
	}

	public String roleKey(String role) {
		return role == null || role.isBlank() ? null : key("role." + role);
	}

	/** The resolved text, in the request's language. */
	public String text(String base, ApprovalChain chain, Object... args) {
		return messages.getMessage(key(base, chain), args, LocaleContextHolder.getLocale());
	}

	/**
	 * The key for data of a given day (a grant's date, a report's year end): the province
	 * variant when the caller's province had no district on that day. "Ngân sách huyện"
	 * stays on a grant of 2024 and reads as the two-level wording on a grant of 2026,
	 * whatever the province's chain is today.
	 */
	public String keyOn(String base, LocalDate on) {
		if (base == null) {
			return null;
		}
		if (on == null || !callerTwoLevel(on)) {
			return base;
		}
		String variant = base + PROVINCE_SUFFIX;
		return messages.getMessage(variant, null, null, LocaleContextHolder.getLocale()) != null ? variant : base;
	}

	/**
	 * A funding source's label key for money given on that day
	 * ({@code support.source.DISTRICT_BUDGET} per period).
	 */
	public String sourceKey(Object source, LocalDate on) {
		return source == null ? null : keyOn("support.source." + source, on);
	}

	/**
	 * Whether the caller's province had districts on that day (the report's "theo huyện"
	 * tab).
	 */
	public boolean districtOn(LocalDate on) {
		return !callerTwoLevel(on);
	}

	/** Whether the caller's province has districts today (the user guide's wording). */
	public boolean districtToday() {
		return !callerTwoLevel();
	}

	private boolean callerTwoLevel() {
		return callerTwoLevel(LocalDate.now(clock));
	}

	/** Asked once per day and request: a list of grants asks for each row. */
	private boolean callerTwoLevel(LocalDate on) {
		var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		String cacheKey = TierLabels.class.getName() + "." + on;
		if (request != null && request.getAttribute(cacheKey, 0) instanceof Boolean known) {
			return known;
		}
		// The one reader of the caller outside a handler's parameters (issue 10):
		// templates call @tier.key(…) on
		// thirty pages, and threading the scope through every call would put it into
		// every message lookup. It reads
		// the principal of the request being rendered (null outside a request or when
		// anonymous).
		java.security.Principal principal = request instanceof ServletRequestAttributes servlet
				? servlet.getRequest().getUserPrincipal() : null;
		boolean twoLevel = principal instanceof Authentication auth && auth.getPrincipal() instanceof AppUser user
				? chains.twoLevel(user.getScope(), on)
				: chains.twoLevel(new Scope(Role.ADMIN, java.util.Set.of(), null), on);
		if (request != null) {
			request.setAttribute(cacheKey, twoLevel, 0);
		}
		return twoLevel;
	}

}
