/**
 * The production-readiness checklist of seed 000, as data.
 *
 * How the seed's flat text is grouped: the seed is a nested bullet list flattened to lines.
 * A line that introduces the lines after it (Practice Shaper, Look & Feel, Templates
 * configured, Tech Adapters, …) is a section and the lines under it are its items. A line
 * that introduces nothing (Custom Components, Reverse Provisioning Templates defined,
 * Blueprints, Templates for access requests) is a thing to check in its own right: it
 * becomes a section of the same name holding that one item, so it keeps its place in the
 * seed's order and a CSM can still add custom items under it (e.g. each custom component).
 * "Tech Adapters" carries a dash in the seed, so it is an item to tick as well as the heading
 * of the TA items that follow it: since version 2 the section holds a "Tech Adapters" item with
 * those four as its sub-items (version 1 had only the heading). "Proper RBAC setup:" is an item
 * with one sub-item.
 *
 * Keys are stable forever: instances store answers by key, so a later version may reword or
 * add items and sections but never reuse or drop a key. Displayed text fixes the seed's
 * typos ("deafults", "busines", "feedbacks").
 */

export interface TemplateItem {
  readonly key: string;
  readonly text: string;
  /** The key of the item this one details (shown indented beneath it). */
  readonly parentKey?: string;
}

export interface TemplateSection {
  readonly key: string;
  readonly title: string;
  readonly items: readonly TemplateItem[];
}

export interface ChecklistTemplate {
  readonly version: number;
  readonly sections: readonly TemplateSection[];
}

export const READINESS_TEMPLATE: ChecklistTemplate = {
  version: 2,
  sections: [
    {
      key: 'practice-shaper',
      title: 'Practice Shaper',
      items: [{ key: 'practice-shaper.landscape', text: 'Landscape definition' }],
    },
    {
      key: 'look-and-feel',
      title: 'Look & Feel',
      items: [{ key: 'look-and-feel.logo-theme', text: 'Logo, theme' }],
    },
    {
      key: 'custom-components',
      title: 'Custom Components',
      items: [{ key: 'custom-components.in-place', text: 'Custom Components' }],
    },
    {
      key: 'templates',
      title: 'Templates configured',
      items: [
        { key: 'templates.dp-specification', text: 'Data Product Specification defined' },
        { key: 'templates.naming-conventions', text: 'Naming conventions' },
        { key: 'templates.field-descriptions', text: 'Fields descriptions are clear and speak to the user' },
        { key: 'templates.field-defaults', text: 'Fields defaults are provided whenever appropriate' },
        { key: 'templates.field-required', text: 'Fields required only when they are' },
        { key: 'templates.values-inferred', text: 'Values are inferred whenever possible' },
        { key: 'templates.field-validations', text: 'Fields validations are reasonable, explained and provide useful errors' },
        { key: 'templates.witty', text: 'Witty integrated when possible' },
        { key: 'templates.user-fields-only', text: 'Only fields that the end user should modify are part of the template' },
        { key: 'templates.documentation', text: 'Documentation is included in the template' },
        { key: 'templates.entity-pickers', text: 'Entity Pickers configured' },
      ],
    },
    {
      key: 'reverse-provisioning',
      title: 'Reverse Provisioning Templates',
      items: [{ key: 'reverse-provisioning.defined', text: 'Reverse Provisioning Templates defined' }],
    },
    {
      key: 'tech-adapters',
      title: 'Tech Adapters',
      items: [
        { key: 'tech-adapters.in-place', text: 'Tech Adapters' },
        { key: 'tech-adapters.data-catalog', text: 'Data Catalog Integration', parentKey: 'tech-adapters.in-place' },
        {
          key: 'tech-adapters.tested',
          text: 'TA tested by platform team and ideally by beta tester on real scenarios',
          parentKey: 'tech-adapters.in-place',
        },
        { key: 'tech-adapters.clear-errors', text: 'TA provide clear errors and feedback', parentKey: 'tech-adapters.in-place' },
        { key: 'tech-adapters.webhooks', text: 'Webhooks and integrations (if needed) working', parentKey: 'tech-adapters.in-place' },
      ],
    },
    {
      key: 'blueprints',
      title: 'Blueprints',
      items: [{ key: 'blueprints.in-place', text: 'Blueprints' }],
    },
    {
      key: 'access-request-templates',
      title: 'Templates for access requests',
      items: [{ key: 'access-request-templates.in-place', text: 'Templates for access requests' }],
    },
    {
      key: 'access-flow',
      title: 'Request access authorization flow defined',
      items: [{ key: 'access-flow.process-and-template', text: 'Process and access request template in place' }],
    },
    {
      key: 'documentation',
      title: 'Documentation',
      items: [{ key: 'documentation.user-centric', text: 'Templates include user-centric documentation' }],
    },
    {
      key: 'administration',
      title: 'Administration',
      items: [
        { key: 'administration.rbac', text: 'Proper RBAC setup' },
        {
          key: 'administration.rbac-groups',
          text: 'At least three groups (Platform, Control Plane, Marketplace Users)',
          parentKey: 'administration.rbac',
        },
      ],
    },
    {
      key: 'policies',
      title: 'Policies',
      items: [
        { key: 'policies.starter-set', text: 'Initialized with a starter set of policies' },
        { key: 'policies.spec-validation', text: 'At least one specification validation policy in place' },
      ],
    },
    {
      key: 'marketplace',
      title: 'Marketplace',
      items: [
        { key: 'marketplace.indexes-filters-heatmaps', text: 'Customized indexes, filters, heatmaps' },
        { key: 'marketplace.custom-views', text: 'Custom Views' },
        { key: 'marketplace.ux-guidelines', text: 'Icons, fields, templates aligned with UX guidelines' },
        { key: 'marketplace.naming', text: 'Clear, business oriented naming conventions' },
      ],
    },
    {
      key: 'data-contracts',
      title: 'Data Contract Settings',
      items: [{ key: 'data-contracts.initialized', text: 'Properly initialized for use and enforcement' }],
    },
    {
      key: 'notifications',
      title: 'Notification customizations',
      items: [{ key: 'notifications.settings-email', text: 'Settings and email configuration' }],
    },
  ],
};
