/**
 * The public pages' whole stylesheet, inlined in each page so the first visit needs one request.
 * `--brand` is the clinic's colour; text colours keep at least 4.5:1 on their backgrounds.
 */
export function pageStyles(brand: string): string {
  return `:root{--brand:${brand}}` + baseStyles + contentStyles;
}

const baseStyles = `:root{--ink:#1b2428;--muted:#4a555a;--line:#c9d1d3;--bg:#fff;color-scheme:light}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:1.0625rem/1.6 Inter,ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--brand);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{background:#fff;border-bottom:1px solid var(--line)}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;min-height:4rem}
.brand{font-weight:650;font-size:1.15rem;color:var(--ink);text-decoration:none}
nav.learn ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:.25rem 0}
nav.learn a{display:inline-block;padding:.5rem 0;min-height:44px}
nav.learn a[aria-current=page]{font-weight:650;color:var(--ink)}
main{padding:1.5rem 0 3rem}
h1{font-size:clamp(1.75rem,5vw,2.5rem);line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.4rem;margin:2rem 0 .75rem}
h3{font-size:1.15rem;margin:1.25rem 0 .5rem}
.lead{font-size:1.2rem;color:var(--muted)}
.card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:1rem 1.25rem;margin:1rem 0}
.fns{font-size:.75em;line-height:0;margin-left:.1em}
.fn{padding:0 .15em}
.fn::before{content:"["}.fn::after{content:"]"}
.g{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.9rem;font-weight:650;border:1px solid currentColor;white-space:nowrap}
.g-a{color:#0b5d2a}.g-b{color:#145a7a}.g-c{color:#7a4b00}.g-d{color:#8a1f11}.g-none{color:#4a555a}
.verdict{font-weight:650}
.refs ol{padding-left:1.5rem;font-size:.95rem}
.refs li{margin:.35rem 0;overflow-wrap:anywhere}
`;

const contentStyles = `table{border-collapse:collapse;width:100%;min-width:60rem;background:#fff;font-size:.95rem}
caption{text-align:left;padding:.6rem .7rem;font-weight:600}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:12px}
th,td{border-bottom:1px solid var(--line);padding:.6rem .7rem;text-align:left;vertical-align:top}
thead th{background:#eef3f3;position:sticky;top:0}
th[scope=row]{font-weight:650;position:sticky;left:0;background:#fff;min-width:8.5rem;max-width:10rem}
th a.sort{color:var(--ink);display:inline-block;min-height:44px;padding-top:.6rem}
fieldset{border:1px solid var(--line);border-radius:12px;background:#fff;margin:1rem 0;padding:.75rem 1rem}
legend{font-weight:650;padding:0 .25rem}
.checks{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
label{display:inline-flex;gap:.5rem;align-items:center;min-height:44px}
input[type=checkbox],input[type=radio]{width:1.25rem;height:1.25rem;accent-color:var(--brand)}
button,.button{font:inherit;font-weight:650;background:var(--brand);color:#fff;border:0;border-radius:8px;padding:.6rem 1.2rem;min-height:44px;cursor:pointer;text-decoration:none;display:inline-block}
dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}
dl.legend dd{margin:0}
.q{margin:.75rem 0}
.q p{margin:.25rem 0;font-weight:600}
.q .date{font-weight:400}
input[type=date]{font:inherit;min-height:44px;padding:.25rem .5rem;border:1px solid var(--muted);border-radius:8px}
.result{border-left:6px solid var(--brand)}
footer.site{border-top:1px solid var(--line);padding:1.5rem 0;color:var(--muted);font-size:.95rem}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}`;
