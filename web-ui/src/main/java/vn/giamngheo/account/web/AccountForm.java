package vn.giamngheo.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.giamngheo.account.Role;

/** A new account as the administrator types it. */
public class AccountForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "^$|[a-z0-9._-]{3,50}", message = "{account.username.invalid}")
	private String username;

	@NotBlank(message = "{account.fullName.required}")
	@Size(max = 150, message = "{field.tooLong}")
	private String fullName;

	@NotNull(message = "{account.role.required}")
	private Role role;

	private Set<Long> areaIds = new LinkedHashSet<>();

	/**
	 * NIST SP 800-63B asks for length rather than composition rules; 10 characters is our
	 * floor.
	 */
	@Size(min = 10, max = 128, message = "{account.password.tooShort}")
	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Set<Long> getAreaIds() {
		return areaIds;
	}

	public void setAreaIds(Set<Long> areaIds) {
		this.areaIds = areaIds == null ? new LinkedHashSet<>() : areaIds;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
