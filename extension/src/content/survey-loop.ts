// Runs survey work in slices: whole subtrees to survey for new blocks, and single blocks to re-read
// after a change. Each slice ends after a few milliseconds and yields to the page.
import { type RegistryChange, emptyChange } from './collect/block-registry.ts';
import { isHidden, isSkipped } from './collect/block-rules.ts';
import { type BlockRecord, BlockSurvey, readBlock, type SurveyContext } from './collect/block-survey.ts';
import { nextSlice, SLICE_ELEMENTS, SLICE_MS, sliceDeadline } from './collect/slice-scheduler.ts';
import type { DocumentScope } from './document-scope.ts';

type Task =
  | { scope: DocumentScope; survey: BlockSurvey }
  | { scope: DocumentScope; reread: Element[] };

export interface SurveyLoopHooks {
  context(scope: DocumentScope): SurveyContext;
  onChange(scope: DocumentScope, change: RegistryChange): void;
  onIdle(): void;
}

function isReadable(element: Element, scope: DocumentScope): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isSkipped(current) || scope.isOurs(current)) return false;
  }
  return element.isConnected && !isHidden(element);
}

export class SurveyLoop {
  private tasks: Task[] = [];
  private running = false;
  /** Main-thread milliseconds spent in slices so far. */
  workMs = 0;
  private generation = 0;

  constructor(private readonly hooks: SurveyLoopHooks) {}

  get busy(): boolean {
    return this.running;
  }

  survey(scope: DocumentScope, root: Element): void {
    this.tasks.push({ scope, survey: new BlockSurvey(root, this.hooks.context(scope)) });
    this.kick();
  }

  reread(scope: DocumentScope, elements: Element[]): void {
    if (elements.length === 0) return;
    this.tasks.push({ scope, reread: elements });
    this.kick();
  }

  cancel(): void {
    this.generation++;
    this.tasks = [];
    this.running = false;
    this.workMs = 0;
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    void this.run(this.generation);
  }

  private async run(generation: number): Promise<void> {
    while (this.tasks.length > 0) {
      const task = this.tasks[0];
      const change = emptyChange();
      const deadline = sliceDeadline();
      if ('survey' in task) {
        const found: BlockRecord[] = [];
        task.survey.step(deadline, SLICE_ELEMENTS, found);
        this.register(task.scope, found, change);
        if (task.survey.done) this.tasks.shift();
      } else {
        const context = this.hooks.context(task.scope);
        while (task.reread.length > 0 && performance.now() < deadline) {
          const element = task.reread.pop()!;
          task.scope.registry.replace(element, isReadable(element, task.scope) ? readBlock(element, context) : [], change);
        }
        if (task.reread.length === 0) this.tasks.shift();
      }
      this.hooks.onChange(task.scope, change);
      this.workMs += performance.now() - deadline + SLICE_MS;
      await nextSlice();
      if (generation !== this.generation) return;
    }
    this.running = false;
    this.hooks.onIdle();
  }

  /** Records arrive grouped by element, in document order. */
  private register(scope: DocumentScope, found: BlockRecord[], change: RegistryChange): void {
    let i = 0;
    while (i < found.length) {
      const element = found[i].element;
      let j = i;
      while (j < found.length && found[j].element === element) j++;
      scope.registry.replace(element, found.slice(i, j), change);
      i = j;
    }
  }
}
