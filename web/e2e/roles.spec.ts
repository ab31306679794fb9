import { expect, test } from '@playwright/test';
import { account, ROLES, signIn } from './support';

interface Me {
  email: string;
  activeTenantId: string;
  memberships: { tenantId: string; role: string }[];
}

for (const role of ROLES) {
  test(`the demo ${role.toLowerCase()} signs in and sees what the role allows`, async ({
    page,
  }) => {
    await signIn(page, role, '/');

    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    // The role the shell shows is the one auth-service put in the session's token.
    const answer = await page.request.get('/api/me');
    expect(answer.ok()).toBe(true);
    const me = (await answer.json()) as Me;
    expect(me.email).toBe(account(role).email);
    const active = me.memberships.find((membership) => membership.tenantId === me.activeTenantId);
    expect(active?.role).toBe(role);
    await expect(page.getByRole('banner').locator('.role-badge')).toHaveText(role.toLowerCase());

    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Administration' })).toHaveCount(
      role === 'ADMIN' ? 1 : 0,
    );
  });
}
