// The navigation: one list of sections, each with the roles that see it and whether its page is
// built yet (a page not ready shows a badge in the navigation).
import type { Principal, TokenRole } from '../auth/principal.js';
import type { MessageKey } from './i18n/index.js';

export type NavKey = 'overview' | 'people' | 'sites' | 'roster' | 'school' | 'finance' | 'me';

export interface NavItem {
  key: NavKey;
  href: string;
  label: MessageKey;
  ready: boolean;
}

const SECTIONS: (NavItem & { roles: TokenRole[] })[] = [
  { key: 'overview', href: '/overview', label: 'nav.overview', ready: true, roles: ['admin', 'coordinator', 'finance'] },
  { key: 'people', href: '/people', label: 'nav.people', ready: true, roles: ['admin', 'coordinator', 'finance'] },
  { key: 'sites', href: '/sites', label: 'nav.sites', ready: true, roles: ['admin', 'coordinator', 'finance'] },
  { key: 'roster', href: '/roster', label: 'nav.roster', ready: true, roles: ['admin', 'coordinator'] },
  { key: 'school', href: '/school', label: 'nav.school', ready: true, roles: ['admin', 'coordinator', 'school'] },
  { key: 'finance', href: '/finance', label: 'nav.finance', ready: true, roles: ['admin', 'coordinator', 'finance'] },
];

/** A person's or a school's own page; registry roles have none. */
export function ownPage(p: Principal): string | undefined {
  if (p.role === 'person' && p.personId !== null) return `/people/${p.personId}`;
  if (p.role === 'school' && p.siteId !== null) return `/sites/${p.siteId}`;
  return undefined;
}

export function navFor(p: Principal): NavItem[] {
  const items: NavItem[] = [];
  const own = ownPage(p);
  if (own) items.push({ key: 'me', href: own, label: 'nav.me', ready: true });
  for (const { roles, ...item } of SECTIONS) if (roles.includes(p.role)) items.push(item);
  return items;
}

/** Where "/" leads a signed-in user: a school to its sessions page, a person to their own page. */
export function homeOf(p: Principal): string {
  if (p.role === 'school') return '/school';
  return ownPage(p) ?? '/overview';
}
