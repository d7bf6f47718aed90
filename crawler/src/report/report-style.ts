// Inline stylesheet for report.html: the report is one file that opens from disk with no network.
export const REPORT_CSS = `
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --likely: #b3261e; --review: #8a5a00; --bg-soft: #f6f6f8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.meta, .muted { color: var(--muted); font-size: .9rem; }
.notice { background: #fff8e1; border-left: 4px solid #f2b600; padding: .75rem 1rem; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg-soft); } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.finding { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
.finding.likely { border-left: 5px solid var(--likely); } .finding.review { border-left: 5px solid var(--review); }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: .05rem .45rem; border-radius: 999px; color: #fff; }
.badge.likely { background: var(--likely); } .badge.review { background: var(--review); }
blockquote { margin: .5rem 0; padding: .5rem .75rem; background: var(--bg-soft); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #ffe066; padding: 0 .1rem; }
.finding img { display: block; max-width: min(100%, 760px); border: 1px solid var(--line); margin-top: .5rem; }
a { color: #0b57d0; overflow-wrap: anywhere; }
ul.reasons { margin: .25rem 0; padding-left: 1.25rem; }
.state-failed { color: var(--likely); } .state-partial { color: var(--review); }
`;
