// Publishing freezes the draft as an immutable version (1, 2, 3 …) in one transaction, together
// with whatever must follow a publication (the subsidy ledger's records, via hooks).
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db, Tx } from '../../db/client.js';
import { audit } from '../../db/repositories/audit.js';
import { crossRosterClashes, lockPublicationsOf, overlappingPublished, type CrossRosterClash } from '../../db/repositories/publication-guards.js';
import { draftAssignments, lockRoster } from '../../db/repositories/rosters.js';
import { publishedAssignments, rosters, rosterVersions } from '../../db/schema/index.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { requirePlanScope } from '../auth/scope.js';
import { ApiError, notFound } from '../errors.js';
import type { RosterReport } from './report.js';

/** Runs inside the publication's transaction (e.g. the subsidy ledger). */
export type PublishHook = (tx: Tx, rosterId: number, version: number, now: Date) => Promise<unknown>;

export interface PublishOutcome {
  version: number;
  assignments: number;
}

export async function publishRoster(
  db: Db,
  p: Principal,
  rosterId: number,
  opts: { ifMatch?: string; note: string; now: Date; hooks: readonly PublishHook[] },
): Promise<PublishOutcome> {
  return db.transaction(async (tx) => {
    const roster = await lockRoster(tx, rosterId);
    if (!roster) throw notFound('roster');
    requirePlanScope(p, roster.scope);
    if (opts.ifMatch !== undefined && Number(opts.ifMatch.replace(/^W\//, '').replace(/"/g, '')) !== roster.draftVersion) {
      throw new ApiError('precondition_failed', `the roster changed since you reviewed it (now version "${roster.draftVersion}")`, [], { currentVersion: roster.draftVersion });
    }
    if (roster.status === 'queued' || roster.status === 'solving') throw new ApiError('conflict', 'a solve is running; publish when it has finished');
    if (roster.status === 'failed') throw new ApiError('conflict', `the last solve failed (${roster.error ?? 'unknown'}); solve again before publishing`);
    const report = roster.report as RosterReport | null;
    const hard = report?.violations.filter((v) => v.level === 'hard') ?? [];
    if (hard.length) {
      throw new ApiError('conflict', `a published roster never breaks a hard rule; fix these first: ${hard.slice(0, 5).map((v) => v.message).join('；')}`, [], { violations: hard });
    }
    await checkAcrossRosters(tx, roster);
    const drafts = await draftAssignments(tx, rosterId);
    const version = (roster.publishedVersion ?? 0) + 1;
    await tx.insert(rosterVersions).values({ rosterId, version, publishedAt: opts.now, publishedBy: actorOf(p), score: roster.score, note: opts.note });
    for (let i = 0; i < drafts.length; i += 500) {
      await tx.insert(publishedAssignments).values(
        drafts.slice(i, i + 500).map((a) => ({ rosterId, version, shiftId: a.shiftId, seatGroup: a.seatGroup, seatIndex: a.seatIndex, personId: a.personId })),
      );
    }
    await tx.update(rosters).set({ publishedVersion: version, updatedAt: opts.now }).where(eq(rosters.id, rosterId));
    for (const hook of opts.hooks) await hook(tx, rosterId, version, opts.now);
    await audit(tx, { actor: actorOf(p), action: 'publish', entity: 'roster', entityId: rosterId, detail: { version, assignments: drafts.length, note: opts.note } });
    return { version, assignments: drafts.length };
  });
}

const local = (d: Date) => DateTime.fromJSDate(d, { zone: 'Asia/Shanghai' }).toFormat('yyyy-MM-dd HH:mm');

const clashSentence = (c: CrossRosterClash) =>
  `${c.personName} cannot be at ${c.siteName} ${local(c.startsAt)}–${local(c.endsAt).slice(11)}: published in roster ${c.otherRosterId} at ${c.otherSiteName} ${local(c.otherStartsAt)}–${local(c.otherEndsAt).slice(11)}`;

/** The same in Chinese, shaped like the solver's violations so pages show it with the others. */
const clashViolation = (c: CrossRosterClash) => ({
  constraint: 'cross-roster-overlap',
  level: 'hard',
  amount: 1,
  person: String(c.personId),
  shift: String(c.shiftId),
  message: `${c.personName}：${local(c.startsAt)}–${local(c.endsAt).slice(11)} 在${c.siteName}的值班，与已发布的第 ${c.otherRosterId} 号排班中 ${local(c.otherStartsAt)}–${local(c.otherEndsAt).slice(11)} 在${c.otherSiteName}的值班时间重叠`,
});

/** Refuses (409) a publication that would list a month's sites twice or put someone in two
 *  places at once: other rosters may have been published since this one was solved. */
async function checkAcrossRosters(tx: Tx, roster: { id: number; period: string; scope: string }): Promise<void> {
  await lockPublicationsOf(tx, roster.period);
  const other = await overlappingPublished(tx, roster);
  if (other.length) {
    const names = other.map((o) => `roster ${o.id} (${o.scope}, version ${o.publishedVersion})`).join(', ');
    throw new ApiError('conflict', `${names} is already published for ${roster.period} over these sites; edit, re-solve or repair it instead of publishing a second roster`, [], {
      publishedRosters: other.map((o) => o.id),
      violations: other.map((o) => ({
        constraint: 'one-published-roster',
        level: 'hard',
        amount: 1,
        message: `第 ${o.id} 号排班（${o.scope === 'city' ? '全市' : o.scope}，${roster.period}）已发布并覆盖这些站点：请在该排班上修改、重新求解或补位，不要再发布第二份排班`,
      })),
    });
  }
  const clashes = await crossRosterClashes(tx, roster.id);
  if (clashes.length) {
    throw new ApiError('conflict', `duties clash with rosters published since this one was solved; re-solve it first: ${clashes.slice(0, 5).map(clashSentence).join('; ')}`, [], {
      clashes: clashes.map((c) => ({ personId: c.personId, shiftId: c.shiftId, otherRosterId: c.otherRosterId, message: clashSentence(c) })),
      violations: clashes.map(clashViolation),
    });
  }
}
