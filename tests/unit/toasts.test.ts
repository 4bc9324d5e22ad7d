import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_MS, FADE_MS, INFO_MS, MAX_TOASTS, toast, useToasts } from '../../src/renderer/src/ui/toast-store';

const shown = () => useToasts.getState().toasts.map((t) => ({ message: t.message, count: t.count, leaving: t.leaving }));

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [] });
  });
  afterEach(() => {
    vi.runOnlyPendingTimers();
    vi.useRealTimers();
  });

  it('collapse a repeated message into one toast that counts', () => {
    toast.info('Changes saved.');
    toast.info('Changes saved.');
    toast.info('Changes saved.');
    expect(shown()).toEqual([{ message: 'Changes saved.', count: 3, leaving: false }]);
  });

  it('keep the same words as an error and as a confirmation apart', () => {
    toast.info('Saved.');
    toast.error('Saved.');
    expect(useToasts.getState().toasts.map((t) => t.tone)).toEqual(['info', 'error']);
  });

  it(`never stack more than ${MAX_TOASTS}: the oldest gives way`, () => {
    for (const n of [1, 2, 3, 4, 5]) toast.info(`Note ${n} saved.`);
    expect(shown().map((t) => t.message)).toEqual(['Note 3 saved.', 'Note 4 saved.', 'Note 5 saved.']);
  });

  it('fade out on their own, then leave', () => {
    toast.info('Archived Globex.');
    vi.advanceTimersByTime(INFO_MS);
    expect(shown()).toEqual([{ message: 'Archived Globex.', count: 1, leaving: true }]);
    vi.advanceTimersByTime(FADE_MS);
    expect(shown()).toEqual([]);
  });

  it('each keeps its own time, and a repeat starts it again', () => {
    toast.error('The disk is full.');
    vi.advanceTimersByTime(INFO_MS - 1000);
    toast.info('Changes saved.');
    vi.advanceTimersByTime(ERROR_MS - INFO_MS + 1000);
    expect(shown()).toEqual([
      { message: 'The disk is full.', count: 1, leaving: true },
      { message: 'Changes saved.', count: 1, leaving: false },
    ]);
    toast.info('Changes saved.');
    vi.advanceTimersByTime(INFO_MS - 1);
    expect(shown().filter((t) => !t.leaving)).toEqual([{ message: 'Changes saved.', count: 2, leaving: false }]);
  });

  it('close at once when dismissed, after the fade', () => {
    toast.info('Restored Globex.');
    const [first] = useToasts.getState().toasts;
    useToasts.getState().dismiss(first!.id);
    expect(shown()[0]?.leaving).toBe(true);
    vi.advanceTimersByTime(FADE_MS);
    expect(shown()).toEqual([]);
  });
});
