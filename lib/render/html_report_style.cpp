// The HTML report's inline style sheet and its small filtering script.
#include "render/html_report_parts.hpp"

namespace claimcheck::render {

std::string_view html_report_style() {
  return R"css(
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dee7;--paper:#fff;--wash:#f4f6f9;
--red:#b3261e;--red-wash:#fdecea;--amber:#8a5a00;--amber-wash:#fff4d6;--mark:#fff1a8;--mark-strong:#ffc9c4}
*{box-sizing:border-box}
body{margin:0;background:var(--wash);color:var(--ink);line-height:1.55;
font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif}
header.summary,main{max-width:1180px;margin:0 auto;padding:0 20px}
header.summary{padding-top:24px}
h1{font-size:1.35rem;margin:0;color:var(--muted);font-weight:600;letter-spacing:.02em}
.headline{font-size:1.7rem;font-weight:700;margin:4px 0 14px}
dl.counts{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 12px;padding:0}
dl.counts div{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px}
dl.counts dd{margin:0;font-size:1.45rem;font-weight:700;font-variant-numeric:tabular-nums}
dl.counts dt{color:var(--muted);font-size:.85rem}
.legend{color:var(--muted);font-size:.9rem;margin:6px 0}
#filters{display:flex;flex-wrap:wrap;gap:14px;align-items:center;margin:10px 0}
#filters[hidden]{display:none}
#filters input[type=search]{flex:1;min-width:220px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit}
h2{font-size:1.2rem;margin:28px 0 12px;padding-bottom:4px;border-bottom:2px solid var(--line)}
.finding{background:var(--paper);border:1px solid var(--line);border-left:6px solid var(--amber);border-radius:8px;
padding:14px 18px;margin:0 0 16px;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.finding.contradiction{border-left-color:var(--red)}
.finding>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:10px}
.finding h3{margin:0;font-size:1.1rem;flex:1}
.badge{text-transform:uppercase;font-size:.75rem;font-weight:700;letter-spacing:.06em;padding:2px 8px;border-radius:4px;
background:var(--amber-wash);color:var(--amber)}
.contradiction .badge{background:var(--red-wash);color:var(--red)}
.badge.one-source{background:var(--wash);color:var(--muted)}
.ratio{color:var(--muted);font-size:.9rem;white-space:nowrap}
.ratio b{color:var(--ink);font-variant-numeric:tabular-nums}
.reason{margin:6px 0 12px}
.sides{display:grid;grid-template-columns:minmax(0,1fr) auto minmax(0,1fr);gap:12px;align-items:start}
.side{background:var(--wash);border-radius:6px;padding:10px 12px;min-width:0}
.versus{align-self:center;color:var(--muted);font-weight:700;font-size:.85rem}
.interval{margin:0 0 8px;font-weight:700;font-variant-numeric:tabular-nums}
.interval span{color:var(--muted);font-weight:400;font-size:.85rem;text-transform:uppercase;letter-spacing:.05em}
figure.quote{margin:0 0 10px}
figure.quote blockquote{margin:0;padding:6px 10px;background:var(--paper);border-left:3px solid var(--line);border-radius:3px;overflow-wrap:anywhere}
figure.quote figcaption{color:var(--muted);font-size:.85rem;margin-top:3px;overflow-wrap:anywhere}
a.source,span.source{color:#1a56a6;font-weight:600;text-decoration:none}
a.source:hover{text-decoration:underline}
details.more summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.claim{background:var(--mark);color:inherit;padding:0 2px;border-radius:3px;cursor:help;box-shadow:inset 0 -2px 0 #e0c341}
.claim.disputed{background:var(--mark-strong);box-shadow:inset 0 -2px 0 var(--red);font-weight:600}
.claim.unattributed{background:transparent;box-shadow:none;border-bottom:2px dotted #8a93a3;border-radius:0}
.claim:target{outline:3px solid #1a56a6}
details.document{background:var(--paper);border:1px solid var(--line);border-radius:6px;margin:0 0 8px}
details.document>summary{cursor:pointer;padding:8px 14px;display:flex;gap:12px;align-items:baseline}
details.document>summary .count{color:var(--muted);font-size:.85rem}
details.document .text{white-space:pre-wrap;overflow-wrap:anywhere;padding:4px 18px 14px;border-top:1px solid var(--line)}
.empty{color:var(--muted)}
[data-hidden]{display:none}
@media (max-width:760px){.sides{grid-template-columns:1fr}.versus{justify-self:center}}
@media print{#filters{display:none}details.document{break-inside:avoid}}
)css";
}

std::string_view html_report_script() {
  return R"js(
(function(){
var form=document.getElementById('filters');if(!form)return;form.hidden=false;
var boxes=form.querySelectorAll('input[type=checkbox]'),search=form.querySelector('input[type=search]');
function apply(){var shown={},q=search.value.trim().toLowerCase();
for(var i=0;i<boxes.length;i++)shown[boxes[i].value]=boxes[i].checked;
document.querySelectorAll('[data-finding]').forEach(function(el){
var ok=shown[el.getAttribute('data-finding')]&&(!q||el.getAttribute('data-search').indexOf(q)>=0);
if(ok)el.removeAttribute('data-hidden');else el.setAttribute('data-hidden','');});
document.querySelectorAll('details.document').forEach(function(el){
if(!q||el.getAttribute('data-search').indexOf(q)>=0)el.removeAttribute('data-hidden');else el.setAttribute('data-hidden','');});}
form.addEventListener('input',apply);form.addEventListener('submit',function(e){e.preventDefault();});
})();
)js";
}

}  // namespace claimcheck::render
