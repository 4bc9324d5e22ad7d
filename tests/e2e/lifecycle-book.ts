import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';

/**
 * One Enterprise account with every lifecycle record, written through the page's `window.api`
 * (the real IPC door): a half-shared onboarding kit, a success plan with a late milestone,
 * survey answers, tickets and two escalations (one breached). Returns the account's name.
 */
export async function seedLifecycleAccount(page: Page): Promise<string> {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const accountId = must(
      await api.accounts.create({
        name: 'Helvetia Data', arr: 240_000, segmentOverride: null, stage: 'Onboarding', ownerCsm: 'Alex Rivera',
        contractStart: day(-40), renewalDate: day(325), productVersion: '2.4', notes: '',
      }),
    ).id;
    const contact = async (name: string) =>
      must(await api.contacts.create({ accountId, fields: { name, title: '', role: '', email: '', phone: '', salutation: '', isChampion: false, isDecisionMaker: false, isSponsor: false, leftOn: null } })).id;
    const anna = await contact('Anna Meier');
    const luca = await contact('Luca Brun');
    const sara = await contact('Sara Keller');

    const share = async (itemKey: 'welcome' | 'registry-token' | 'values-yaml' | 'installation-playbook', channel: 'email' | 'secure-share' | 'in-person', note: string, offset: number) =>
      must(await api.lifecycle.shareKitItem({ accountId, itemKey, fields: { sharedOn: day(offset), channel, note } }));
    await share('welcome', 'email', 'To Anna and the platform team', -38);
    await share('registry-token', 'secure-share', 'Vault link to Marco, platform lead', -37);
    await share('values-yaml', 'secure-share', 'Reviewed on the install call', -37);
    await share('installation-playbook', 'in-person', 'Walked through on site', -30);

    const plan = must(await api.lifecycle.addGoal({ accountId, fields: { title: 'Domains publish data products on their own', description: 'From the sales handoff: cut the central team’s queue from six weeks to none.' } }));
    const goalId = plan.goals[0]!.id;
    const milestone = async (title: string, owner: 'customer' | 'partner' | 'us', evidenceType: 'event' | 'attestation' | 'artifact', offset: number, status: 'planned' | 'in-progress' | 'met') =>
      must(await api.lifecycle.addMilestone({ goalId, fields: { title, owner, evidenceType, targetDate: day(offset), status } }));
    await milestone('Platform installed in production', 'customer', 'event', -20, 'met');
    await milestone('First domain publishes a data product', 'customer', 'event', -4, 'in-progress');
    await milestone('Ten data products in the marketplace', 'us', 'artifact', 60, 'planned');
    const second = must(await api.lifecycle.addGoal({ accountId, fields: { title: 'Governance policies enforced at deploy', description: '' } }));
    must(await api.lifecycle.addMilestone({ goalId: second.goals[1]!.id, fields: { title: 'Policy library reviewed with the CDO', owner: 'partner', evidenceType: 'attestation', targetDate: day(20), status: 'planned' } }));

    const survey = async (contactId: string, kind: 'nps' | 'csat' | 'ces', score: number, offset: number, comment = '') =>
      must(await api.lifecycle.recordSurvey({ accountId, fields: { contactId, kind, score, respondedOn: day(offset), comment } }));
    await survey(anna, 'nps', 9, -10, 'The starter kit saved us weeks.');
    await survey(luca, 'nps', 6, -9, 'Upgrades take a whole weekend.');
    await survey(sara, 'nps', 10, -8);
    await survey(anna, 'csat', 5, -10);
    await survey(luca, 'csat', 4, -9);
    await survey(sara, 'ces', 6, -8);

    const ticket = async (system: 'zendesk' | 'jira', ref: string, title: string, severity: 'P1' | 'P2' | 'P3' | 'P4', status: 'open' | 'pending' | 'solved' | 'closed', opened: number) =>
      must(
        await api.lifecycle.addTicket({
          accountId,
          fields: {
            system, ref, title, severity, status, openedOn: day(opened), closedOn: status === 'closed' || status === 'solved' ? day(opened + 2) : null,
            url: system === 'jira' ? `https://helvetia.atlassian.net/browse/${ref}` : `https://helvetia.zendesk.com/agent/tickets/${ref}`,
          },
        }),
      );
    await ticket('jira', 'HEL-204', 'Catalog sync fails after upgrade', 'P1', 'open', -2);
    await ticket('zendesk', '48213', 'SSO group mapping question', 'P3', 'pending', -6);
    await ticket('jira', 'HEL-188', 'Template wizard slow', 'P2', 'closed', -20);

    must(await api.lifecycle.openEscalation({ accountId, fields: { level: 'L2', summary: 'Production catalog down', owner: 'Alex Rivera', openedAt: hoursAgo(1) } }));
    must(await api.lifecycle.openEscalation({ accountId, fields: { level: 'L1', summary: 'Licence renewal quote disputed', owner: 'Alex Rivera', openedAt: hoursAgo(6) } }));
  });
  return 'Helvetia Data';
}
