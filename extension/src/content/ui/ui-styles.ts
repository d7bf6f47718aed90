// Styles inside our shadow root: the tooltip and the overlay drawer's boxes.
import { CATEGORY_RGB } from '../highlight/mark-style.ts';

export const UI_CSS = `
:host { all: initial; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; }
.box { position: absolute; pointer-events: none; border-radius: 2px; box-sizing: border-box; }
.tooltip {
  position: absolute; box-sizing: border-box; width: max-content; max-width: min(26rem, calc(100vw - 16px));
  pointer-events: auto; background: #fff; color: #1f2937; border: 1px solid #cbd5e1; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); padding: 12px 14px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  text-align: left; direction: ltr; white-space: normal; letter-spacing: normal; word-break: normal; overflow-wrap: anywhere;
}
.tooltip[data-category="commercial-tutoring"] { border-top: 4px solid rgb(${CATEGORY_RGB['commercial-tutoring']}); }
.tooltip[data-category="mandatory-contribution"] { border-top: 4px solid rgb(${CATEGORY_RGB['mandatory-contribution']}); }
.head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; margin: 0 0 6px; }
.category { font-weight: 700; font-size: 15px; }
.level { font-size: 12px; padding: 1px 6px; border-radius: 999px; border: 1px solid currentColor; }
.level[data-level="likely"] { color: #9a3412; }
.level[data-level="review"] { color: #475569; }
.score { font-size: 12px; color: #475569; margin-left: auto; }
.passage { margin: 6px 0; padding: 6px 8px; background: #f8fafc; border-left: 3px solid #cbd5e1; font-size: 13px; }
.passage mark { background: rgb(250 204 21 / 0.55); color: inherit; padding: 0 1px; }
.reasons-title { font-weight: 600; font-size: 13px; margin: 8px 0 2px; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
.note { font-size: 12px; color: #475569; margin: 8px 0 0; }
.actions { display: flex; gap: 8px; justify-content: space-between; margin-top: 10px; }
button { font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 4px 10px; border: 1px solid #1e3a8a; background: #fff; color: #1e3a8a; }
button.primary { background: #1e3a8a; color: #fff; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; }
`;
