/** The report's one style sheet, inlined: readable on a phone, printable on A4. No external fonts. */
export const reportStyle = `
:root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--band:#f4f6f9;--paper:#fff;--accent:#0b6e4f;
--target:#d3dae2;--candidates:#2f6fde;--proposed:#0b7a4b;--short:#b42318;--over:#8a5a00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--ink);background:var(--paper);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif}
.page{max-width:72rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header.masthead{border-bottom:3px solid var(--accent);padding-bottom:.9rem;margin-bottom:.75rem}
.kicker{margin:0;color:var(--accent);font-size:.8rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase}
h1{margin:.2rem 0 .7rem;font-size:1.8rem;line-height:1.2}
h2{margin:2.2rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--line);font-size:1.3rem;line-height:1.25}
h3{margin:1.6rem 0 .4rem;font-size:1.08rem;line-height:1.3}
figcaption h3{margin:0 0 .5rem;padding-bottom:.3rem;border-bottom:1px solid var(--line);font-size:1.15rem}
h4{margin:1.4rem 0 .4rem;font-size:1rem}
p{margin:.4rem 0}
.note{color:var(--muted);font-size:.9rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono","Liberation Mono",monospace;font-size:.88em;
background:var(--band);border-radius:3px;padding:0 .25em;overflow-wrap:break-word}
nav.contents ol{display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;margin:0;padding:0;list-style:none;font-size:.95rem}
nav.contents a{color:var(--accent)}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.6rem;margin:.6rem 0;padding:0;list-style:none}
.stat{border:1px solid var(--line);border-left:4px solid var(--line);border-radius:8px;padding:.55rem .75rem;background:var(--band)}
.stat .value{display:block;font-size:1.4rem;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.25;white-space:nowrap}
.stat.budget{grid-column:span 2}
.stat .label{display:block;color:var(--muted);font-size:.85rem;line-height:1.3}
.stat.proposed{border-left-color:var(--proposed)}
.stat.reserve{border-left-color:var(--candidates)}
.stat.rejected{border-left-color:var(--short)}
.stat.budget{border-left-color:var(--over)}
.equations{margin:.5rem 0;padding:0;list-style:none;font-variant-numeric:tabular-nums}
.equations li{margin:.15rem 0}
.check{margin:.5rem 0;padding:.5rem .75rem;border-radius:6px}
.check.ok{background:#e8f5ee;color:#0b5a38}
.check.bad{background:#fdecea;color:var(--short);font-weight:700}
.check.warn{background:#fff4e5;color:var(--over);font-weight:600}
.reject-tables{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:0 1rem}
table.first-rejects code{overflow-wrap:break-word}
.table-scroll{overflow-x:auto;border:1px solid var(--line);border-radius:8px;margin:.5rem 0}
table{width:100%;border-collapse:collapse;font-size:.9rem}
table.summary{font-size:.86rem}
caption{caption-side:bottom;padding:.5rem .75rem;color:var(--muted);font-size:.85rem;text-align:left}
th,td{padding:.4rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--ink);color:#fff;font-weight:600;vertical-align:bottom;line-height:1.25}
.num{text-align:right;font-variant-numeric:tabular-nums}
tbody .num,tfoot .num{white-space:nowrap}
table.summary tbody{background:var(--paper)}
table.summary tbody.district:nth-of-type(even){background:var(--band)}
table.summary th,table.summary td{padding:.4rem .4rem}
table.summary tbody th{font-weight:600;min-width:7rem}
table.summary td.category{min-width:8rem}
table.summary thead th:first-child,table.summary tbody th{position:sticky;left:0;z-index:1;background:inherit}
table.summary thead th:first-child{background:var(--ink)}
table.summary tbody.other th{font-weight:600;color:var(--muted)}
.formula{display:block;max-width:7.5rem;margin-left:auto;color:var(--muted);font-size:.78rem;font-weight:400;white-space:normal;line-height:1.3}
.formula.working{max-width:none;white-space:nowrap}
.short{color:var(--short);font-weight:600}
.over{color:var(--over)}
.muted{color:var(--muted)}
.nowrap{white-space:nowrap}
table.summary tfoot th,table.summary tfoot td{background:var(--paper)}
table.summary tfoot th,table.summary tfoot td{border-top:2px solid var(--ink);border-bottom:none;font-weight:700}
.legend{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:.5rem 0;padding:0;list-style:none;font-size:.9rem}
.swatch{display:inline-block;width:.95em;height:.95em;margin-right:.35em;border-radius:2px;vertical-align:-.12em}
.swatch.target{background:var(--target);border:1px solid #5f6b7a}
.swatch.candidates{background:var(--candidates)}
.swatch.proposed{background:var(--proposed)}
.swatch.target-line{width:0;border-left:1px dashed #5f6b7a;border-radius:0;height:1.1em}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,23rem),1fr));gap:.9rem}
figure.chart{margin:0;padding:.75rem .75rem .4rem;border:1px solid var(--line);border-radius:8px;break-inside:avoid}
figure.chart-wide{max-width:30rem}
figure.chart svg{display:block;width:100%;max-width:26rem;height:auto;overflow:visible}
ol.categories{margin:.5rem 0;padding:0;list-style:none;counter-reset:category}
ol.categories>li{margin:0 0 .75rem;padding:.7rem .85rem;border:1px solid var(--line);border-radius:8px;break-inside:avoid;counter-increment:category}
ol.categories>li h4{margin:0 0 .35rem}
ol.categories>li h4::before{content:counter(category) ". ";color:var(--muted)}
.condition{display:block;margin:.15rem 0;padding:.45rem .6rem;background:var(--band);border-radius:6px;
font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono","Liberation Mono",monospace;font-size:.9rem;overflow-wrap:anywhere}
.doc{color:var(--muted);font-style:italic;font-weight:400}
th .doc{margin:.2rem 0 0;font-size:.9rem}
dl.rule{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .9rem;margin:.3rem 0}
dl.rule dt{color:var(--muted)}
dl.rule dd{margin:0;min-width:0}
ul.plain{margin:0;padding:0;list-style:none}
ul.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:.75rem;margin:.5rem 0;padding:0;list-style:none}
.card{padding:.7rem .85rem;border:1px solid var(--line);border-radius:8px;break-inside:avoid}
.card h4{margin:0 0 .35rem}
.card dl.rule{grid-template-columns:1fr;gap:0}
.card dl.rule dd{margin-bottom:.35rem}
footer{margin-top:2.5rem;padding-top:.75rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
@media (max-width:40rem){
body{font-size:15px}
.page{padding:1rem .75rem 2rem}
h1{font-size:1.45rem}
h2{font-size:1.15rem}
table{font-size:.85rem}
th,td{padding:.35rem .45rem}
table.summary tbody th{min-width:6.5rem}
dl.facts,dl.rule{grid-template-columns:1fr;gap:0}
dl.facts dd,dl.rule dd{margin-bottom:.35rem}
.stat .value{font-size:1.2rem}
figure.chart{padding:.6rem .5rem .3rem}
.stats{grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr))}
.summary-scroll{overflow:visible;border:none;border-radius:0}
table.summary,table.summary tbody,table.summary tfoot,table.summary tr,table.summary th,table.summary td,table.summary caption{display:block}
table.summary thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.summary caption{padding:0 0 .6rem}
table.summary tbody,table.summary tbody.district:nth-of-type(even),table.summary tfoot{margin:0 0 .75rem;border:1px solid var(--line);border-radius:8px;background:var(--paper);overflow:hidden}
table.summary tfoot{border:2px solid var(--ink)}
table.summary tbody th,table.summary tfoot th{position:static;min-width:0;padding:.5rem .7rem;border:none;border-bottom:1px solid var(--line);background:var(--band);font-size:1rem}
table.summary td,table.summary tfoot td{padding:.12rem .7rem;border:none}
table.summary td[data-label]{display:flex;justify-content:space-between;gap:1rem;text-align:right}
table.summary td[data-label]::before{content:attr(data-label);color:var(--muted);font-weight:400;text-align:left}
table.summary td.category{min-width:0;margin-top:.35rem;padding-top:.45rem;border-top:1px solid var(--line);font-weight:700}
table.summary tr{padding-bottom:.35rem}
table.summary td.blank{display:none}
table.summary td.names{padding-bottom:.4rem}
table.summary .formula{max-width:none}
}
@media print{
@page{size:A4;margin:14mm 12mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10pt}
.page{max-width:none;padding:0}
nav.contents{display:none}
h2{break-after:avoid;margin-top:1.4rem}
h3,h4{break-after:avoid}
.table-scroll{overflow:visible;border:none;border-radius:0}
table{font-size:8pt}
table.summary{font-size:7.5pt}
th,td,table.summary th,table.summary td{padding:.2rem .25rem}
table.summary tbody th,table.summary td.category{min-width:0}
table.summary thead th:first-child,table.summary tbody th{position:static}
.formula{font-size:6.5pt}
.formula.target-formula{display:none}
.formula.working{white-space:normal}
thead{display:table-header-group}
.stats{grid-template-columns:repeat(4,1fr)}
.stat.budget{grid-column:auto}
.stat .value{font-size:13pt}
tr,.stat,li{break-inside:avoid}
.charts{grid-template-columns:1fr 1fr}
figure.chart-wide{max-width:9cm}
a{color:inherit;text-decoration:none}
}
`;
