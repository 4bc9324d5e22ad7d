import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, AUTOSAVE_TIMING } from '../../src/renderer/src/ui/autosave/autosaver';

/**
 * A store that applies saves in the order they arrive and answers after `latencyMs` (fake time),
 * remembering when each landed.
 */
function fakeStore(latencyMs = 20) {
  const landed: { at: number; text: string }[] = [];
  let failNext = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    landed,
    failNextSaves(count: number) {
      failNext = count;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get text() {
      return landed.at(-1)?.text ?? '';
    },
    save(text: string): Promise<void> {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          inFlight -= 1;
          if (failNext > 0) {
            failNext -= 1;
            reject(new Error('The disk is busy'));
            return;
          }
          landed.push({ at: Date.now(), text });
          resolve();
        }, latencyMs),
      );
    },
  };
}

/** Types one character every `everyMs` for `forMs`, recording when each was typed. */
async function typeSteadily(saver: Autosaver<string>, everyMs: number, forMs: number) {
  const typed: { at: number; text: string }[] = [];
  let text = saver.current;
  for (let t = 0; t < forMs; t += everyMs) {
    text += String.fromCharCode(97 + (typed.length % 26));
    saver.update(text);
    typed.push({ at: Date.now(), text });
    await vi.advanceTimersByTimeAsync(everyMs);
  }
  return typed;
}

describe('the shared autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-30T09:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves at least once a second while typing continues every 100 ms for 4 s', async () => {
    const store = fakeStore();
    const saver = new Autosaver('', { save: (text) => store.save(text) });
    const start = Date.now();
    const typed = await typeSteadily(saver, 100, 4_000);

    // Typing never paused, yet something landed in every second of it...
    expect(store.landed.length).toBeGreaterThanOrEqual(4);
    const gaps = [store.landed[0]!.at - start, ...store.landed.slice(1).map((s, i) => s.at - store.landed[i]!.at)];
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(1_000);
    // ...and at any moment, every character typed more than a second earlier was stored.
    for (const save of store.landed) {
      const due = typed.filter((k) => k.at <= save.at - 1_000).at(-1);
      if (due) expect(save.text.startsWith(due.text)).toBe(true);
    }
  });

  it('saves once typing pauses, and the last text is what is stored', async () => {
    const store = fakeStore();
    const saver = new Autosaver('', { save: (text) => store.save(text) });
    saver.update('Kick-off');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_TIMING.pauseMs - 1);
    expect(store.landed).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(store.text).toBe('Kick-off');
    expect(saver.isSettled).toBe(true);
  });

  it('never lets an older text land after a newer one, even when saves are slow', async () => {
    const store = fakeStore(1_500); // slower than the max-wait: typing goes on while a save is out
    const saver = new Autosaver('', { save: (text) => store.save(text) });
    await typeSteadily(saver, 100, 3_000);
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(5_000);
    await flushed;

    expect(store.maxInFlight).toBe(1);
    const texts = store.landed.map((s) => s.text);
    for (let i = 1; i < texts.length; i++) expect(texts[i]!.startsWith(texts[i - 1]!)).toBe(true);
    expect(store.text).toBe(saver.current);
  });

  it('retries a failed save with the newest text, and drops nothing', async () => {
    const store = fakeStore();
    const states: string[] = [];
    const saver = new Autosaver('', { save: (text) => store.save(text), onState: (s) => states.push(s.kind) });
    store.failNextSaves(2);
    await typeSteadily(saver, 100, 1_500);
    expect(states).toContain('failed');
    expect(saver.isSettled).toBe(false);

    await vi.advanceTimersByTimeAsync(AUTOSAVE_TIMING.retryMs * 3);
    expect(store.text).toBe(saver.current);
    expect(saver.isSettled).toBe(true);
    expect(states.at(-1)).toBe('saved');
  });

  it('keeps refused text pending without retrying it, and sends it again with the next change', async () => {
    const saves: string[] = [];
    let refuse = true;
    const saver = new Autosaver('', {
      save: async (text) => {
        saves.push(text);
        if (refuse) throw new Error('Keep the note under 10 characters');
      },
      classify: () => 'wait-for-change',
    });
    saver.update('far too long');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves).toEqual(['far too long']);
    expect(saver.isSettled).toBe(false);

    refuse = false;
    saver.update('short');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_TIMING.pauseMs);
    expect(saves).toEqual(['far too long', 'short']);
    expect(saver.isSettled).toBe(true);
  });

  it('stops saving after a failure that says so (a conflict), and flush says it is not settled', async () => {
    const saves: string[] = [];
    const saver = new Autosaver('', {
      save: async (text) => {
        saves.push(text);
        throw new Error('Someone else changed this note');
      },
      classify: () => 'stop',
    });
    saver.update('mine');
    await saver.flush();
    saver.update('more of mine');
    await vi.advanceTimersByTimeAsync(10_000);
    await saver.flush();
    expect(saves).toEqual(['mine']);
    expect(saver.isSettled).toBe(false);
    expect(saver.current).toBe('more of mine');
  });

  it('flush saves at once and waits for a save in flight before sending the newer text', async () => {
    const store = fakeStore(300);
    const saver = new Autosaver('', { save: (text) => store.save(text) });
    saver.update('first');
    const first = saver.flush();
    saver.update('first and second');
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(700);
    await Promise.all([first, second]);
    expect(store.landed.map((s) => s.text)).toEqual(['first', 'first and second']);
  });
});
