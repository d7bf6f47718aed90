// The collector and range mapping, bundled on their own for tests in a plain browser page (no
// extension): window.schoolscanProbe runs a survey and maps offsets back to ranges.
import { BlockRegistry, emptyChange } from '../src/content/collect/block-registry.ts';
import { type BlockRecord, BlockSurvey } from '../src/content/collect/block-survey.ts';
import { planChanges } from '../src/content/collect/change-plan.ts';
import { CssPathBuilder } from '../src/content/collect/css-path.ts';
import { type ChangeBatch, MutationQueue } from '../src/content/collect/mutation-queue.ts';
import { SLICE_ELEMENTS } from '../src/content/collect/slice-scheduler.ts';
import { rangeFor } from '../src/content/highlight/range-for.ts';

export interface ProbeBlock {
  text: string;
  kind: string;
  headingLevel?: number;
  pieceStart: number;
  locator: string;
  /** document.querySelector(locator) finds the block's element again. */
  locatorFindsElement: boolean;
  elementId: string;
}

const ours = new Set<Node>();
let watching: { batches: ChangeBatch[]; host: Element; queue: MutationQueue } | null = null;
const isOurs = (node: Node) => ours.has(node);

function surveyRecords(root: Element, steps: number[] = []): BlockRecord[] {
  const paths = new CssPathBuilder();
  const frames: Element[] = [];
  const survey = new BlockSurvey(root, { isOurs, onFrame: (frame) => frames.push(frame), paths });
  const records: BlockRecord[] = [];
  while (!survey.done) {
    const before = records.length;
    survey.step(performance.now() + 1000, SLICE_ELEMENTS, records);
    steps.push(records.length - before);
  }
  return records;
}

function describe(record: BlockRecord): ProbeBlock {
  return {
    text: record.text, kind: record.kind, headingLevel: record.headingLevel, pieceStart: record.pieceStart, locator: record.locator,
    locatorFindsElement: document.querySelector(record.locator) === record.element, elementId: record.element.id,
  };
}

const probe = {
  survey(selector = 'body'): ProbeBlock[] {
    return surveyRecords(document.querySelector(selector)!).map(describe);
  },

  /** How many blocks each slice produced for a survey of the whole body. */
  sliceSizes(): number[] {
    const steps: number[] = [];
    surveyRecords(document.body, steps);
    return steps;
  },

  /** The DOM text of the range mapped from [start, end) of each block's clean text (start/end of `word`). */
  rangeTexts(word: string): { block: string; range: string | null }[] {
    return surveyRecords(document.body)
      .filter((record) => record.text.includes(word))
      .map((record) => {
        const at = record.text.indexOf(word);
        return { block: record.text, range: rangeFor(record, at, at + word.length, isOurs)?.toString() ?? null };
      });
  },

  /** Registry bookkeeping when an element's text changes and when it leaves the page. */
  registryLifecycle(elementId: string, newText: string): { removedOnChange: number; addedOnChange: number; goneOnRemoval: string[] } {
    const registry = new BlockRegistry();
    const element = document.getElementById(elementId)!;
    const initial = surveyRecords(document.body).filter((record) => record.element === element);
    registry.replace(element, initial, emptyChange());
    element.textContent = newText;
    const changed = emptyChange();
    registry.replace(element, surveyRecords(element), changed);
    element.remove();
    const removal = emptyChange();
    registry.sweep(removal);
    return { removedOnChange: changed.removed.length, addedOnChange: changed.added.length, goneOnRemoval: [...removal.goneHashes] };
  },

  /** Starts a change queue (and puts our own host element in, which it must ignore). */
  startWatching(intervalMs: number): void {
    const host = document.createElement('schoolscan-ui');
    ours.add(host);
    watching = { batches: [], host, queue: new MutationQueue(document, isOurs, (batch) => watching!.batches.push(batch), intervalMs) };
    watching.queue.start();
    document.documentElement.append(host);
  },

  /** Stops the queue; each batch it delivered, as the survey would plan it. */
  stopWatching(): { added: string[]; reread: string[]; overflow: boolean }[] {
    const { batches, host, queue } = watching!;
    queue.stop();
    host.remove();
    watching = null;
    return batches.map((batch) => {
      const plan = planChanges(batch);
      return {
        added: plan.surveyRoots.map((element) => element.id || element.localName),
        reread: plan.reread.map((element) => element.id || element.localName),
        overflow: batch.overflow,
      };
    });
  },
};

(globalThis as unknown as { schoolscanProbe: typeof probe }).schoolscanProbe = probe;
export type CollectorProbe = typeof probe;
