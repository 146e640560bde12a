// The built-in stylesheet of the browser form: a page-like card on screen; on paper, A4 with
// writing lines 9 mm apart and digit cells about 7.5 mm wide, black on white.
namespace siyasa {

const char* form_stylesheet() {
  return R"css(*{box-sizing:border-box}
body{margin:0;background:#eceae6;color:#111;font-family:"SiyasaBody","Amiri","Noto Naskh Arabic","Noto Sans Arabic",serif;font-size:18px;line-height:1.7}
.site-links{max-width:210mm;margin:12px auto 0;display:flex;justify-content:space-between;gap:1em;font-size:.95em}
.site-links a{color:#1a4f8a}
.form-page{max-width:210mm;margin:24px auto;background:#fff;padding:14mm 15mm;box-shadow:0 1px 6px rgba(0,0,0,.18)}
.letterhead{display:flex;justify-content:space-between;align-items:center;gap:1rem;border-bottom:2px solid #111;padding-bottom:6px;margin-bottom:10px}
.letterhead p{margin:0;line-height:1.5}
.org-name{font-weight:bold;font-size:1.15em}
.org-line{font-size:.9em}
.logo{max-height:22mm;max-width:40mm}
h1{text-align:center;font-size:1.6em;margin:.3em 0}
.instructions{border:1px solid #555;padding:.4em .8em;text-align:justify;font-size:.95em;margin:0 0 .8em}
.section{margin:0 0 1em;break-inside:auto}
.section h2{font-size:1.1em;margin:0 0 .4em;padding:2px 8px;background:#e6e6e6;border-right:4px solid #111;break-after:avoid}
.note{margin:.2em 0 .5em;font-size:.92em}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:.35em 2em}
.field{grid-column:1/-1;margin:0;min-width:0}
.field.half{grid-column:auto}
fieldset.field{border:0;padding:0}
legend,.field>label{font-weight:bold;padding:0;display:block}
.req{color:#a00;margin-inline-start:.15em}
.help,.unit{font-size:.85em;color:#333;font-weight:normal}
.help{margin:.1em 0 0}
input[type=text],input[type=email],input[type=tel],input[type=number],textarea{font:inherit;color:inherit;border:0;border-bottom:1px solid #222;background:#f7f7f5;padding:.15em .4em;width:100%;min-height:2.1em}
input:focus,textarea:focus{outline:2px solid #1a5fb4;outline-offset:1px;background:#fff}
input[type=email],input[dir=ltr]{text-align:left}
input[type=number]{max-width:12em}
.with-unit{display:flex;align-items:baseline;gap:.5em}
textarea{display:block;border:1px solid #222;resize:vertical;line-height:2.1em;background-color:#f7f7f5;background-image:repeating-linear-gradient(to bottom,transparent 0,transparent calc(2.1em - 1px),#bbb calc(2.1em - 1px),#bbb 2.1em);background-attachment:local;min-height:calc(var(--lines,3)*2.1em + 2px)}
input.cells{--cw:1.8em;font-family:"DejaVu Sans Mono","Noto Sans Mono",monospace;font-size:1em;width:calc(var(--cells)*var(--cw) + 2px);max-width:100%;letter-spacing:calc(var(--cw) - .6em);padding:.2em 0 .2em calc((var(--cw) - .6em)/2);border:1px solid #222;background-color:#fff;background-image:repeating-linear-gradient(to right,transparent 0,transparent calc(var(--cw) - 1px),#555 calc(var(--cw) - 1px),#555 var(--cw));text-align:left;min-height:2.1em}
.date-parts{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.3em 1.2em}
.date-parts .part{display:inline-flex;flex-direction:column;align-items:center;font-size:.9em}
.calendar{display:inline-flex;align-items:center;gap:.3em}
.options{display:flex;flex-wrap:wrap;gap:.2em 1.6em}
.options.stacked{flex-direction:column;gap:.15em}
.option{display:inline-flex;align-items:center;gap:.35em}
.option.other{flex:1 1 14em}
.option.other input[type=text]{flex:1;min-width:8em}
input[type=radio],input[type=checkbox]{width:1.15em;height:1.15em;margin:0;accent-color:#111}
.explain{display:block;font-size:.92em;margin-top:.2em}
table{border-collapse:collapse;width:100%}
caption{font-weight:bold;text-align:start;padding-bottom:.2em}
th,td{border:1px solid #222;padding:0 .3em;vertical-align:middle}
thead th{background:#e6e6e6;font-size:.9em;line-height:1.4;padding:.25em .3em}
td.num,th.num{width:2.2em;text-align:center}
table.rows td{height:2.4em}
table.rows td input{border:0;background:transparent;min-height:2.2em;padding:0 .2em}
table.scale tbody th{font-weight:normal;text-align:start;padding:.3em .5em}
th.level{width:4.6em;font-size:.82em}
td.level{text-align:center}
.declaration .statement{border:1px solid #555;padding:.5em .8em;text-align:justify;margin:0 0 .4em}
.declaration h3,.office h3{font-size:1em;margin:0 0 .3em}
.agree{display:flex;align-items:center;gap:.4em;margin:.2em 0 .5em;font-weight:bold}
.sign{display:grid;grid-template-columns:repeat(3,1fr);gap:.4em 1.5em;align-items:end}
.sign-item{display:flex;align-items:flex-end;gap:.4em}
.sign-item label,.word{white-space:nowrap;font-weight:bold}
.sign-line{flex:1;border-bottom:1px solid #222;min-height:2.2em;min-width:5em}
.office{border:1.5px dashed #222;padding:.5em .8em}
.office-section h2{background:none;border-right:4px double #111}
.office-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:.3em 1.5em}
.office-grid .office-item{display:flex;gap:.4em}
.office-grid .office-item.wide{grid-column:1/-1}
.decisions{margin:.5em 0}
.tick{display:inline-block;width:.95em;height:.95em;border:1px solid #111;vertical-align:middle;margin-inline-start:1em}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:.8em;margin-top:1.2em;border-top:1px solid #ccc;padding-top:.8em}
.actions button{font:inherit;padding:.35em 1.2em;border:1px solid #111;background:#111;color:#fff;border-radius:3px;cursor:pointer}
.actions button.secondary{background:#fff;color:#111}
.req-note{margin:0;font-size:.85em;color:#333}
@media (max-width:640px){.grid{grid-template-columns:1fr}.sign,.office-grid{grid-template-columns:1fr}.form-page{padding:6mm}}
@media print{
@page{size:A4;margin:12mm 14mm}
body{background:#fff;font-size:12pt;line-height:1.55}
.form-page{max-width:none;margin:0;padding:0;box-shadow:none}
.actions,.site-links{display:none}
.section h2{background:none;border-bottom:1px solid #111}
input[type=text],input[type=email],input[type=tel],input[type=number],textarea{background-color:transparent;min-height:9mm}
input.cells,textarea{-webkit-print-color-adjust:exact;print-color-adjust:exact}
input.cells{min-height:8mm;background-color:transparent}
textarea{line-height:9mm;background-image:repeating-linear-gradient(to bottom,transparent 0,transparent calc(9mm - 1px),#888 calc(9mm - 1px),#888 9mm);min-height:calc(var(--lines,3)*9mm + 2px);resize:none}
table.rows td{height:9mm}
.field,tr,.declaration,.office{break-inside:avoid}
.req{color:#111}
::placeholder{color:transparent}
}
)css";
}

}  // namespace siyasa
