/**
 * Official look on screen and on A4 paper: 仿宋 body, 黑体 headings, 宋体 10.5pt tables (as the Word template). On a
 * Linux server without those fonts, Noto CJK (Debian fonts-noto-cjk) gives the closest serif/sans pair, and WenQuanYi
 * (fonts-wqy-microhei) is the last resort, so the PDF never shows empty boxes.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 25mm 22mm 25mm 22mm; }
:root { --body-font: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif;
  --heading-font: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  --table-font: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; }
html { background: #fff; color: #000; }
body { font-family: var(--body-font); font-size: 16pt; line-height: 1.75; margin: 0 auto; max-width: 210mm; padding: 0 8mm; }
h1 { font-family: var(--heading-font); font-size: 20pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 12pt 0 18pt; }
.title-line { display: block; }
h2 { font-family: var(--heading-font); font-size: 16pt; font-weight: normal; margin: 12pt 0 6pt; text-indent: 2em; }
h3, h4 { font-family: "KaiTi", "楷体", var(--heading-font); font-size: 16pt; font-weight: normal; margin: 6pt 0; text-indent: 2em; }
p, li { margin: 0; text-indent: 2em; text-align: justify; }
ul, ol { margin: 0; padding: 0; list-style-position: inside; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; font-family: var(--table-font); font-size: 10.5pt; line-height: 1.4; }
caption { font-family: var(--table-font); font-size: 10.5pt; text-align: left; padding: 2pt 0; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
th { font-weight: normal; text-align: center; }
th[scope="row"], th[scope="rowgroup"] { text-align: left; }
td { text-align: center; }
td.unit { text-align: center; }
.attachment { break-before: page; }
.attachment h2 { text-indent: 0; }
.attachment table { break-inside: auto; }
.attachment-title { text-align: center; font-family: var(--heading-font); font-size: 16pt; margin: 0; }
.attachment-meta { text-indent: 0; font-size: 14pt; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
p { overflow-wrap: anywhere; }
table { break-inside: avoid; }
tr, th, td { break-inside: avoid; }
thead { display: table-header-group; }
@media print { body { padding: 0; max-width: none; } h2, h3, caption { break-after: avoid; } }
`;
