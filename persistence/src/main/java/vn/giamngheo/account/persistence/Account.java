package vn.giamngheo.account.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import vn.giamngheo.account.Role;

/** A person who logs in, with a role and the areas the role applies to. */
@Entity
@Table(name = "account")
public class Account {

	/**
	 * Failed logins in a row before the account locks; OWASP ASVS 2.2.1 asks for
	 * anti-automation of this kind.
	 */
	public static final int MAX_FAILED_ATTEMPTS = 5;

	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private boolean mustChangePassword;

	private Instant passwordChangedAt;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_area", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "area_id")
	private Set<Long> areaIds = new HashSet<>();

	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String passwordHash, String fullName, Role role, Set<Long> areaIds) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.areaIds = new HashSet<>(areaIds);
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void recordFailedLogin(Instant now) {
		failedAttempts++;
		if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
			lockedUntil = now.plus(LOCK_DURATION);
			failedAttempts = 0;
		}
	}

	void recordSuccessfulLogin() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		recordSuccessfulLogin();
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * A new password; {@code mustChange} when someone else (an administrator, first
	 * start) chose it.
	 */
	void changePassword(String passwordHash, boolean mustChange, Instant now) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
		this.passwordChangedAt = now;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	/**
	 * Any change an administrator makes bumps the version, which ends the account's open
	 * sessions.
	 */
	public long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Set<Long> getAreaIds() {
		return Set.copyOf(areaIds);
	}

}
