package io.sentia.auth.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, publishes once every membership that has never been published as
 * {@code MemberChanged} (databases from before auth-service published memberships, such
 * as a devstack started earlier), in batches, so notifications-service knows every member
 * without anyone changing anything. Idempotent: a published membership is recorded and
 * not published again.
 */
@Component
class MemberBackfill implements ApplicationRunner {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(MemberBackfill.class);

	private final MemberEvents memberEvents;

	MemberBackfill(MemberEvents memberEvents) {
		this.memberEvents = memberEvents;
	}

	@Override
	public void run(ApplicationArguments args) {
		int total = 0;
		int published;
		do {
			published = this.memberEvents.publishUnpublished(BATCH);
			total += published;
		}
		while (published == BATCH);
		if (total > 0) {
			log.info("Published {} existing memberships on auth.members.v1", total);
		}
	}

}
