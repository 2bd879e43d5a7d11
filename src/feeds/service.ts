// Serves a feed by token: one database round trip finds the live token and a freshness stamp;
// the feed text is cached per subject and stamp, so a poll that changed nothing (If-None-Match)
// costs that one lookup and a string compare — or no lookup at all when the same token was
// checked within the last second (revalidateMs). The token's secret is never logged or kept.
import { createHash } from 'node:crypto';
import { buildFeed } from '../../calendars/feed.js';
import type { Database } from '../../db/client.js';
import { feedPerson, feedSite, findFeedToken, loadFeedData, type TokenWithStamp } from '../../db/repositories/feeds.js';
import { hashesEqual, sha256Hex } from '../auth/secrets.js';
import { composeFeed, feedWindow } from './compose.js';

/** `zf_<publicId>_<secret>` (src/auth/secrets.ts newSecret('zf')). */
const FEED_TOKEN = /^zf_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;

export interface FeedServiceOptions {
  /** A cached feed is rebuilt after this long even if no stamp changed, so registry edits (a
   *  site's address) reach subscribers (ms; default 5 minutes). */
  maxAgeMs?: number;
  /** Cached feeds kept (least recently built dropped first). */
  maxEntries?: number;
  /** A conditional poll (If-None-Match) whose token was checked against the database less than
   *  this long ago (wall-clock ms) is answered 304 from memory, without a query. A publication
   *  or revocation then reaches such a client up to this much later — on its next poll, since
   *  304s carry no content. 0 checks the database on every request. Default 1000. */
  revalidateMs?: number;
}

export interface CachedFeed {
  body: string;
  /** Strong validator: a hash of the bytes, so every process agrees on it. */
  etag: string;
  /** HTTP-date of the latest change the feed shows; null for a feed with no events. */
  lastModified: string | null;
  lastModifiedMs: number | null;
}

interface Entry extends CachedFeed {
  stamp: string;
  validUntil: number;
}

export type FeedResult =
  | { status: 404 }
  | { status: 200; feed: CachedFeed }
  | { status: 304; feed: CachedFeed };

export interface FeedRequest {
  token: string;
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
}

export interface FeedService {
  serve(req: FeedRequest): Promise<FeedResult>;
  /** Drops every cached feed (tests, or after a bulk registry change). */
  clear(): void;
}

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison; `*` matches any current feed. */
export function etagMatches(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === etag);
}

function notModifiedSince(header: string | undefined, lastModifiedMs: number | null): boolean {
  if (!header || lastModifiedMs === null) return false;
  const since = Date.parse(header);
  // HTTP dates have whole seconds: compare at that resolution.
  return !Number.isNaN(since) && Math.floor(lastModifiedMs / 1000) * 1000 <= since;
}

const subjectKey = (t: { subject: string; personId: number | null; siteId: number | null }) => `${t.subject}:${t.personId ?? t.siteId}`;

export function createFeedService(deps: { database: Database; now: () => Date }, options: FeedServiceOptions = {}): FeedService {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const maxEntries = options.maxEntries ?? 1000;
  const revalidateMs = options.revalidateMs ?? 1000;
  const cache = new Map<string, Entry>();
  /** publicId → the last database check of that token (only its hash is kept). */
  const checked = new Map<string, { secretHash: string; key: string; stamp: string; at: number }>();
  const building = new Map<string, Promise<Entry | undefined>>();

  async function build(token: TokenWithStamp, now: Date): Promise<Entry | undefined> {
    const db = deps.database.db;
    const id = token.subject === 'person' ? token.personId : token.siteId;
    if (id === null) return undefined;
    const owner = token.subject === 'person' ? await feedPerson(db, id) : await feedSite(db, id);
    if (!owner) return undefined;
    const window = feedWindow(now);
    const data = await loadFeedData(db, token.subject === 'person' ? { personId: id } : { siteId: id }, window);
    const composed = composeFeed({ subject: token.subject, id, nameZh: owner.name }, data, now);
    const body = buildFeed(composed.input);
    const lastModifiedMs = composed.lastModified;
    return {
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      lastModified: lastModifiedMs === null ? null : new Date(lastModifiedMs).toUTCString(),
      lastModifiedMs,
      stamp: token.stamp,
      validUntil: Math.min(now.getTime() + maxAgeMs, window.movesAt, composed.changesAt ?? Infinity),
    };
  }

  async function current(token: TokenWithStamp): Promise<Entry | undefined> {
    const key = subjectKey(token);
    const now = deps.now();
    const hit = cache.get(key);
    if (hit && hit.stamp === token.stamp && now.getTime() < hit.validUntil) return hit;
    // One build per subject and stamp at a time: concurrent polls share it.
    const flight = `${key}|${token.stamp}`;
    let pending = building.get(flight);
    if (!pending) {
      pending = build(token, now).finally(() => building.delete(flight));
      building.set(flight, pending);
    }
    const entry = await pending;
    if (entry) {
      cache.delete(key);
      cache.set(key, entry);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    }
    return entry;
  }

  return {
    async serve(req) {
      const m = FEED_TOKEN.exec(req.token);
      if (!m) return { status: 404 };
      const publicId = m[1]!;
      const secretHash = sha256Hex(m[2]!);
      if (req.ifNoneMatch !== undefined && revalidateMs > 0) {
        const seen = checked.get(publicId);
        if (seen && performance.now() - seen.at < revalidateMs && hashesEqual(seen.secretHash, secretHash)) {
          const hit = cache.get(seen.key);
          if (hit && hit.stamp === seen.stamp && deps.now().getTime() < hit.validUntil && etagMatches(req.ifNoneMatch, hit.etag)) {
            const { stamp: _s, validUntil: _v, ...out } = hit;
            return { status: 304, feed: out };
          }
        }
      }
      const token = await findFeedToken(deps.database.db, publicId);
      // Compare even without a row, so timing does not tell which public ids exist.
      const ok = hashesEqual(token?.secretHash ?? sha256Hex('no such feed'), secretHash);
      if (!token || !ok) {
        checked.delete(publicId);
        return { status: 404 };
      }
      checked.delete(publicId);
      checked.set(publicId, { secretHash, key: subjectKey(token), stamp: token.stamp, at: performance.now() });
      if (checked.size > maxEntries * 4) checked.delete(checked.keys().next().value!);
      const feed = await current(token);
      if (!feed) return { status: 404 };
      const { stamp: _s, validUntil: _v, ...out } = feed;
      const fresh = req.ifNoneMatch !== undefined ? etagMatches(req.ifNoneMatch, feed.etag) : notModifiedSince(req.ifModifiedSince, feed.lastModifiedMs);
      return fresh ? { status: 304, feed: out } : { status: 200, feed: out };
    },
    clear() {
      cache.clear();
      checked.clear();
    },
  };
}
