/** Sentences for sample check-in notes: the things CSMs write under each agenda heading. */
export const HEALTH_LINES = [
  'Usage is steady; weekly active users up on last month.',
  'Adoption is growing in the data engineering teams, slower in finance.',
  'OKR review: two of three key results on track.',
  'Fewer logins since the holidays; follow up with the champion.',
  'Health score holding; the platform team is engaged.',
] as const;
export const BLOCKER_LINES = [
  'Access requests to the marketplace take a week to approve.',
  'Waiting on the security review before the production rollout.',
  'No blockers this sprint.',
  'The platform team is short of one engineer until January.',
  'Certificate rotation blocked the deployment pipeline.',
] as const;
export const BUG_LINES = [
  'Search in the catalogue times out with long descriptions.',
  'Template preview shows the wrong icon after an upgrade.',
  'Policy evaluation fails on optional fields.',
  'No new bugs reported.',
  'Export of the data product page drops the owner field.',
] as const;
export const REQUEST_LINES = [
  'They asked for a PDF export of the data product page; the real need is sharing with people without access.',
  'Would like bulk edit of ownership in the marketplace.',
  'Asked for a dark theme for the marketplace.',
  'Want notifications when a policy fails.',
  'Asked for an API to register blueprints from their pipeline.',
] as const;
export const CHECKUP_LINES = [
  'Templates: icons and defaults reviewed with the platform team.',
  'Blueprints: two new blueprints published for streaming.',
  'Policies: present and clear; one policy is too strict for sandbox.',
  'Custom views and themes look good; marketplace usability improved.',
  'The platform team walked us through their new landscape.',
] as const;
export const FEEDBACK_LINES = [
  'Open feedback: documentation for the starter kit is hard to find.',
  'Open feedback: onboarding new domains takes too long.',
  'Open feedback: they like the new governance dashboard.',
  'Open feedback: the upgrade guide helped a lot.',
] as const;
/** Words that turn up in a handful of notes only (the benchmark's rare-word search). */
export const RARE_LINES = [
  'Kerberos delegation failed on the edge gateway.',
  'The Quokka cluster was decommissioned.',
] as const;
export const ACTION_ITEMS = [
  'Send the blueprint guide',
  'Share the roadmap deck',
  'Book a training session on policies',
  'Open a ticket for the template preview bug',
  'Introduce the champion to the product manager',
  'Check the installed version after the upgrade',
] as const;
