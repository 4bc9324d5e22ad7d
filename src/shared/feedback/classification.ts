/**
 * How a piece of feedback is sorted: what kind it is, where it goes and how urgent it is.
 * The routes follow seed 003's "Routing Feedback": product improvements and feature requests
 * to PM, bugs to engineering, pricing to sales / finance, competitive intel to its team.
 */
export const CATEGORIES = ['feature-request', 'bug', 'ux-friction', 'docs-training-gap', 'pricing', 'competitive'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  'feature-request': 'Feature request',
  bug: 'Bug',
  'ux-friction': 'UX friction',
  'docs-training-gap': 'Docs / training gap',
  pricing: 'Pricing',
  competitive: 'Competitive',
};

export const ROUTES = ['pm', 'engineering', 'sales-finance', 'support', 'competitive-intel'] as const;
export type Route = (typeof ROUTES)[number];

export const ROUTE_LABELS: Record<Route, string> = {
  pm: 'PM',
  engineering: 'Engineering',
  'sales-finance': 'Sales / finance',
  support: 'Support',
  'competitive-intel': 'Competitive intel',
};

export const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABELS: Record<Priority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Where a category goes unless the CSM picks another route (seed 003). */
export function defaultRouteFor(category: Category): Route {
  switch (category) {
    case 'feature-request':
    case 'ux-friction':
      return 'pm';
    case 'bug':
      return 'engineering';
    case 'pricing':
      return 'sales-finance';
    case 'docs-training-gap':
      return 'support';
    case 'competitive':
      return 'competitive-intel';
    default: {
      const unreachable: never = category;
      throw new Error(`Unknown category ${String(unreachable)}`);
    }
  }
}
