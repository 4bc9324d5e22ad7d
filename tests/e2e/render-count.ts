import type { Page } from '@playwright/test';

export type RenderCounts<K extends string> = Record<K | `${K}Mounts`, number>;

/**
 * Counts how often React renders what the test cares about, in the built (production) renderer
 * where <Profiler> reports nothing. The page gets a stand-in for the React DevTools hook before
 * React loads; React hands it each committed tree, as it does to DevTools. A component rendered
 * in a commit when it is new or carries React's PerformedWork flag (1); a subtree React skipped
 * keeps its previous child pointer and is not walked — the test React DevTools itself uses.
 * A component counts as "the card" of the first element it draws, found by CSS selector; a
 * card drawn for the first time (scrolled into view, a new key) counts under `<name>Mounts`,
 * one drawn again under `<name>`.
 */
export async function countRenders<K extends string>(page: Page, selectors: Record<K, string>): Promise<() => Promise<RenderCounts<K>>> {
  await page.addInitScript((wanted: Record<string, string>) => {
    interface Fiber {
      tag: number;
      flags: number;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
      stateNode: unknown;
    }
    const counts: Record<string, number> = Object.fromEntries(Object.keys(wanted).flatMap((k) => [[k, 0], [`${k}Mounts`, 0]]));
    (globalThis as unknown as { __renderCounts: Record<string, number> }).__renderCounts = counts;
    // Function, forwardRef, memo and simple memo components.
    const COMPONENT_TAGS = new Set([0, 11, 14, 15]);
    const HOST = 5;
    const firstElement = (fiber: Fiber): Element | null => {
      let f = fiber.child;
      while (f && f.tag !== HOST) f = f.child;
      return f && f.stateNode instanceof Element ? f.stateNode : null;
    };
    const walk = (root: Fiber) => {
      const rendered = new Map<string, Set<Element>>();
      const stack: Fiber[] = [root];
      while (stack.length) {
        const fiber = stack.pop()!;
        if (COMPONENT_TAGS.has(fiber.tag) && (fiber.alternate === null || (fiber.flags & 1) === 1)) {
          const element = firstElement(fiber);
          if (element) {
            for (const [name, selector] of Object.entries(wanted)) {
              const key = fiber.alternate === null ? `${name}Mounts` : name;
              if (element.matches(selector)) rendered.set(key, (rendered.get(key) ?? new Set()).add(element));
            }
          }
        }
        const skipped = fiber.alternate !== null && fiber.child === fiber.alternate.child;
        if (!skipped) for (let c = fiber.child; c; c = c.sibling) stack.push(c);
      }
      for (const [name, elements] of rendered) counts[name] = (counts[name] ?? 0) + elements.size;
    };
    (globalThis as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject() {
        return 1;
      },
      checkDCE() {},
      onCommitFiberRoot(_id: number, root: { current: Fiber }) {
        walk(root.current);
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
    };
  }, selectors as Record<string, string>);
  // The renders counted so far, by name.
  return () => page.evaluate(() => ({ ...(globalThis as unknown as { __renderCounts: RenderCounts<K> }).__renderCounts }));
}
