import { AccountPage } from '../accounts/AccountPage';
import { AccountsPage } from '../accounts/AccountsPage';
import { FeedbackPage } from '../feedback/FeedbackPage';
import { ReleasesPage } from '../growth/ReleasesPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TodayPage } from '../today/TodayPage';
import { useRoute, type Route } from './route';

function assertNever(route: never): never {
  throw new Error(`No page for route ${JSON.stringify(route)}`);
}

function pageFor(route: Route) {
  switch (route.page) {
    case 'today':
      return <TodayPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'account':
      return <AccountPage key={route.accountId} accountId={route.accountId} tab={route.tab} />;
    case 'feedback':
      return <FeedbackPage themeId={route.themeId} />;
    case 'releases':
      return <ReleasesPage releaseId={route.releaseId} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return assertNever(route);
  }
}

export function CurrentPage() {
  const route = useRoute((s) => s.route);
  return pageFor(route);
}
