// When column generation gives up: asked after each of its first pricing rounds (`worthIt(k)`),
// it judges from their pace whether the rounds the roster needs fit the bound's window.

/** Times in ms on the caller's clock: column generation started at `start`, its bound window
 * ends at `boundBy`, and `rounds` pricing rounds must fit in it. The first round carries the
 * set-up (the starting lines, the first LP from scratch), so it only has to fit in a quarter of
 * the window; later rounds are judged by their own pace, against twice the rest of the window
 * after the second round (the early rounds are the slowest) and the rest itself after the third.
 * Measured at 60 s with HiGHS lent (ms): Curtois 15's first round 1,410, then 470 a round (goes
 * on: 30 rounds fit in its 17 s, and its MIP roster is the better start: 4,529 / 4,662 against
 * 4,738 / 4,810 over seeds 1–2); 13's 1,440 then 1,070 and 19's 2,350 then 1,160 (both give up:
 * the annealing alone did better there, e.g. 13 2,102 / 2,135 against 2,498 / 2,545); 21's first
 * round 8,900 of an 18-s window (gives up at once). */
export function paceCheck(elapsed: () => number, start: number, boundBy: number, rounds: number): (k: number) => boolean {
  let firstDone = start;
  return (k) => {
    const t = elapsed();
    if (k === 1) {
      firstDone = t;
      return t - start <= (boundBy - start) / 4;
    }
    const pace = (t - firstDone) / (k - 1);
    return pace * rounds <= (boundBy - firstDone) * (k < 3 ? 2 : 1);
  };
}
