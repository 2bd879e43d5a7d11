// Catalogue entries built from a map of codes to names: prefixed('skill', { labour: '劳动争议' })
// is { 'skill.labour': '劳动争议' }, with the keys kept literal so en.ts is still checked key by key.
export type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}.${K}`]: string };

export function prefixed<P extends string, T extends Readonly<Record<string, string>>>(prefix: P, names: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(names).map(([code, name]) => [`${prefix}.${code}`, name])) as Prefixed<P, T>;
}
