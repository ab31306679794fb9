package io.sentia.auth.login;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because the account is locked after too many failures; the message
 * tells the user until when.
 */
public class AccountLockedUntilException extends LockedException {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

	private final Instant lockedUntil;

	public AccountLockedUntilException(Instant lockedUntil) {
		super("Too many failed sign-ins: this account is locked until " + TIME.format(lockedUntil) + " UTC.");
		this.lockedUntil = lockedUntil;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
