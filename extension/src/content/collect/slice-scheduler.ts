// Gives the page's own work a turn between slices of ours. postTask at background priority where the
// browser has it; otherwise a MessageChannel hop (setTimeout would be clamped to 4 ms per slice).
export const SLICE_MS = 4;
export const SLICE_ELEMENTS = 300;

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' | 'user-visible' }): Promise<void>;
}

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) {
  channel.port1.onmessage = () => waiting.shift()?.();
}

export function nextSlice(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  if (channel) {
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function sliceDeadline(): number {
  return performance.now() + SLICE_MS;
}
