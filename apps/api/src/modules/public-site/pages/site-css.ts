/**
 * One stylesheet, inlined in every page (no extra request, nothing to go stale behind a CDN). Sizes are in rem so
 * browser zoom and the 大字版 (html.large) scale everything; tables scroll inside their own box on a phone rather
 * than widening the page; print drops the navigation.
 */
export const SITE_CSS = `
:root { --ink: #1f1f1f; --muted: #555; --line: #c8c8c8; --brand: #a4161a; --link: #0b4f9c; --mark: #fff3b0;
  --body-font: "FangSong", "仿宋", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif;
  --ui-font: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
html { font-size: 100%; color: var(--ink); background: #fff; }
html.large { font-size: 137.5%; }
body { margin: 0; font-family: var(--ui-font); line-height: 1.7; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid #e0a000; outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip-link:focus { left: 1rem; z-index: 10; }
.site-header { background: var(--brand); color: #fff; padding: .75rem 1rem; }
.site-header a { color: #fff; }
.site-title { margin: 0; font-size: 1.35rem; font-weight: bold; }
.site-title a { text-decoration: none; }
.site-header ul { list-style: none; margin: .25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.breadcrumbs ol { list-style: none; margin: 0 auto; padding: .5rem 1rem; max-width: 60rem; display: flex; flex-wrap: wrap; gap: .25rem; font-size: .95rem; }
.breadcrumbs li + li::before { content: "›"; margin-right: .25rem; color: var(--muted); }
main { display: block; max-width: 60rem; margin: 0 auto; padding: .5rem 1rem 2rem; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; line-height: 1.4; margin: 1rem 0; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .25rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.on-time { color: #1d6b2f; font-weight: bold; }
.late { color: #9a3412; font-weight: bold; }
.listing { width: 100%; border-collapse: collapse; margin: .5rem 0 1.5rem; }
.listing caption { text-align: left; font-weight: bold; font-size: 1.1rem; padding: .25rem 0; }
.listing th, .listing td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
.listing thead th { background: #f3f3f3; }
.downloads { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: 0; margin: .5rem 0 1rem; }
.downloads a { display: inline-block; border: 1px solid var(--link); border-radius: 4px; padding: .25rem .75rem; text-decoration: none; }
.search-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 1rem 0; }
.search-form input { font: inherit; padding: .4rem .5rem; min-width: 14rem; flex: 1; border: 1px solid #767676; }
.search-form button { font: inherit; padding: .4rem 1rem; background: var(--brand); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.results { list-style: none; padding: 0; }
.results li { border-bottom: 1px solid var(--line); padding: .75rem 0; }
.results p { margin: .25rem 0; }
mark { background: var(--mark); color: inherit; }
.table-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
.report-body { font-family: var(--body-font); font-size: 1.125rem; }
.report-body h1 { text-align: center; font-family: var(--ui-font); }
.report-body .title-line { display: block; }
.report-body h2, .report-body h3, .report-body h4 { font-family: var(--ui-font); }
.report-body p, .report-body li { text-indent: 2em; margin: .25rem 0; text-align: justify; overflow-wrap: anywhere; }
.report-body table, .comparison { border-collapse: collapse; width: 100%; min-width: 36rem; font-family: var(--ui-font); font-size: .9rem; line-height: 1.4; }
.report-body caption, .comparison caption { text-align: left; padding: .25rem 0; font-weight: bold; }
.report-body th, .report-body td, .comparison th, .comparison td { border: 1px solid #6b6b6b; padding: .25rem .35rem; }
.report-body th { font-weight: normal; background: #f5f5f5; }
.report-body th[scope="row"], .report-body th[scope="rowgroup"] { text-align: left; }
.report-body td { text-align: center; }
.comparison td { text-align: right; }
.comparison th[scope="row"] { text-align: left; font-weight: normal; }
.comparison tr.changed td, .comparison tr.changed th { background: var(--mark); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-footer { border-top: 3px solid var(--brand); color: var(--muted); font-size: .9rem; padding: 1rem; text-align: center; }
.site-footer span { margin: 0 .5rem; display: inline-block; }
@media (max-width: 40rem) { h1 { font-size: 1.35rem; } .site-title { font-size: 1.15rem; } }
@media print { .site-header nav, .breadcrumbs, .downloads, .search-form, .skip-link, .site-footer { display: none; }
  .site-header { background: none; color: #000; } .site-header a { color: #000; } a { color: #000; text-decoration: none; }
  .table-scroll { overflow: visible; } .report-body table { min-width: 0; break-inside: auto; } tr { break-inside: avoid; } }
`;
