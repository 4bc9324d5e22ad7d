import { NAV_ITEMS } from './nav';
import { useRoute } from './route';
import { LaunchCheckNote } from './LaunchCheckNote';

export function Sidebar() {
  const { route, go } = useRoute();
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          F
        </span>
        Fieldbook
      </div>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.label}>
            <a
              href={`#${item.route.page}`}
              aria-current={item.matches(route) ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(item.route);
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
      <LaunchCheckNote />
      <p className="sidebar-foot faint">Offline · your data stays on this computer</p>
    </nav>
  );
}
