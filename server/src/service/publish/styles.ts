// The styles of a published article, shared by the preview's webview and the exported page.
// Colours follow VS Code's theme variables inside the editor (the webview's body carries
// vscode-light, vscode-dark or vscode-high-contrast) and the reader's colour scheme in a browser.
// Speakers get one of eight tints, hues far apart (orange, blue, green, purple, red, teal, ochre,
// pink); the quote's kind is its underline: solid for direct, dashed for partial, dotted for
// indirect. In high contrast, tints become underlines only (no fills).

export const ARTICLE_CSS = `:root {
  --nm-fg: #1f2328; --nm-bg: #ffffff; --nm-muted: #59636e; --nm-border: #d1d9e0; --nm-fill: 16%;
  --nm-error: #cf222e; --nm-warning: #9a6700; --nm-info: #0969da;
  --tint-0: #c2410c; --tint-1: #1d4ed8; --tint-2: #15803d; --tint-3: #7e22ce;
  --tint-4: #b91c1c; --tint-5: #0f766e; --tint-6: #a16207; --tint-7: #db2777;
}
@media (prefers-color-scheme: dark) {
  :root {
    --nm-fg: #e6edf3; --nm-bg: #0d1117; --nm-muted: #9198a1; --nm-border: #3d444d; --nm-fill: 24%;
    --nm-error: #f85149; --nm-warning: #d29922; --nm-info: #4493f8;
    --tint-0: #fb923c; --tint-1: #60a5fa; --tint-2: #4ade80; --tint-3: #c084fc;
    --tint-4: #f87171; --tint-5: #2dd4bf; --tint-6: #facc15; --tint-7: #f472b6;
  }
}
body.vscode-light {
  --nm-fill: 16%;
  --tint-0: #c2410c; --tint-1: #1d4ed8; --tint-2: #15803d; --tint-3: #7e22ce;
  --tint-4: #b91c1c; --tint-5: #0f766e; --tint-6: #a16207; --tint-7: #db2777;
}
body.vscode-dark, body.vscode-high-contrast {
  --nm-fill: 24%;
  --tint-0: #fb923c; --tint-1: #60a5fa; --tint-2: #4ade80; --tint-3: #c084fc;
  --tint-4: #f87171; --tint-5: #2dd4bf; --tint-6: #facc15; --tint-7: #f472b6;
}
body.vscode-high-contrast-light {
  --tint-0: #9a3412; --tint-1: #1e3a8a; --tint-2: #14532d; --tint-3: #581c87;
  --tint-4: #7f1d1d; --tint-5: #134e4a; --tint-6: #713f12; --tint-7: #831843;
}
body {
  color: var(--vscode-editor-foreground, var(--nm-fg));
  background: var(--vscode-editor-background, var(--nm-bg));
  font-family: var(--vscode-markdown-font-family, Georgia, 'Times New Roman', serif);
  font-size: 16px; line-height: 1.6; margin: 0;
}
.newsmark-page { max-width: 44rem; padding: .5rem 1.5rem 3rem 2.5rem; }
.block { position: relative; }
.headline { font-size: 1.7em; line-height: 1.25; margin: .5rem 0; }
.byline, .role, .counts, .kinds, .empty { color: var(--vscode-descriptionForeground, var(--nm-muted)); }
.byline { font-style: italic; margin-top: 0; }
.subheading { font-size: 1.2em; margin: 1.5rem 0 .5rem; }
.dateline { font-weight: 600; text-transform: none; }
q { quotes: none; }
q.quote {
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px;
  text-decoration-color: var(--tint, var(--nm-muted)); border-radius: 2px; cursor: pointer;
  background: color-mix(in srgb, var(--tint, var(--nm-muted)) var(--nm-fill), transparent);
}
q.quote q.quote { text-underline-offset: 6px; }
.kind-direct { text-decoration-style: solid; }
.kind-partial { text-decoration-style: dashed; }
.kind-indirect { text-decoration-style: dotted; }
.key { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; margin-right: .75rem; }
q.untinted { --tint: var(--nm-muted); background: none; }
.tint-0 { --tint: var(--tint-0); } .tint-1 { --tint: var(--tint-1); } .tint-2 { --tint: var(--tint-2); } .tint-3 { --tint: var(--tint-3); }
.tint-4 { --tint: var(--tint-4); } .tint-5 { --tint: var(--tint-5); } .tint-6 { --tint: var(--tint-6); } .tint-7 { --tint: var(--tint-7); }
body.vscode-high-contrast q.quote, body.vscode-high-contrast-light q.quote { background: none; text-decoration-thickness: 3px; }
/* The preview's container of the legend: its box does not count, so the legend sticks to the page. */
#legend { display: contents; }
.legend {
  position: sticky; top: 0; z-index: 1; max-height: 35vh; overflow-y: auto; background: var(--vscode-editor-background, var(--nm-bg));
  font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: .85em; margin: .5rem 0 1rem; padding: .4rem .75rem;
  border: 1px solid var(--vscode-widget-border, var(--vscode-contrastBorder, var(--nm-border))); border-radius: 4px;
}
.legend h2 { font-size: 1em; margin: .25rem 0; }
.legend ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .15rem 1rem; }
.legend p { margin: .35rem 0 .15rem; }
.legend li { margin: .1rem 0; }
.speaker { font: inherit; color: inherit; background: none; border: 1px solid transparent; padding: 1px 4px; border-radius: 3px; cursor: default; }
button.speaker { cursor: pointer; }
button.speaker:focus-visible { outline: 1px solid var(--vscode-focusBorder, var(--nm-info)); }
button.speaker[aria-pressed="false"] { opacity: .55; text-decoration: line-through; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; border-radius: 2px; background: var(--tint); vertical-align: -.05em; }
body.vscode-high-contrast .speaker, body.vscode-high-contrast-light .speaker { border-color: var(--vscode-contrastBorder, currentColor); }
.marker { position: absolute; left: -1.6rem; top: .1rem; font-size: .8em; cursor: help; font-family: var(--vscode-font-family, system-ui, sans-serif); }
.marker-error { color: var(--vscode-editorError-foreground, var(--nm-error)); }
.marker-warning { color: var(--vscode-editorWarning-foreground, var(--nm-warning)); }
.marker-info, .marker-hint { color: var(--vscode-editorInfo-foreground, var(--nm-info)); }
.block.revealed { outline: 1px dashed var(--vscode-focusBorder, var(--nm-info)); outline-offset: 4px; }
`;
