package dev.rotor.report;

/** The inline stylesheet of the HTML report: screen and print (A4), black on white. */
final class HtmlStyle {
  private HtmlStyle() {}

  /** The CSS, kept on a few lines so the file stays small. */
  static final String CSS =
      """
      :root{--ink:#111;--muted:#4a4a4a;--rule:#c8c8c8;--fact:#0072B2;--interp:#8a3b00}
      *{box-sizing:border-box}
      html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:var(--ink);background:#fff;\
      margin:0 auto;max-width:62rem;padding:1rem 1.5rem 3rem;font-size:15px;line-height:1.55}
      body.synthetic{padding-top:3.2rem}
      h1{font-size:1.7rem;margin:.4rem 0 .2rem;line-height:1.25}
      h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--ink);\
      break-after:avoid}
      .asof{color:var(--muted);margin:0 0 .6rem}
      .disclaimer{border:1px solid var(--rule);background:#f6f6f6;padding:.5rem .8rem;font-size:.85rem;\
      color:var(--muted)}
      .synthetic-banner{position:fixed;top:0;left:0;right:0;z-index:100;background:#FFD400;color:#000;\
      text-align:center;font-weight:700;letter-spacing:.04em;padding:.45rem 1rem;\
      border-bottom:2px solid #000;font-size:.95rem}
      .headline{border:2px solid var(--ink);padding:.8rem 1rem;margin:1rem 0;break-inside:avoid}
      .kpis{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin-bottom:.5rem}
      .kpi .k{display:block;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;\
      color:var(--muted)}
      .kpi .v{font-size:1.25rem;font-weight:700}
      .toc ol{margin:.3rem 0;padding-left:1.4rem}
      .para{margin:.6rem 0}
      .fact{border-bottom:1px dotted var(--fact)}
      sup.fn{font-size:.7rem;line-height:0}
      sup.fn a{color:var(--fact);text-decoration:none}
      .interp{background:#fdf1e6;border-left:3px solid var(--interp);padding:0 .25rem}
      .interp .tag{font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;\
      color:#fff;background:var(--interp);padding:0 .3rem;border-radius:2px;margin-right:.25rem}
      .interp .basis{font-size:.8rem;color:var(--muted)}
      .interp .basis a{color:var(--interp)}
      table{border-collapse:collapse;margin:.8rem 0;font-size:.85rem;break-inside:avoid;width:auto}
      caption{caption-side:top;text-align:left;font-weight:700;padding-bottom:.3rem}
      th,td{border-bottom:1px solid var(--rule);padding:.25rem .6rem;text-align:left;vertical-align:top}
      thead th{border-bottom:2px solid var(--ink)}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      figure.chart{margin:1.2rem 0;break-inside:avoid;page-break-inside:avoid}
      figure.chart figcaption{font-weight:700;margin-bottom:.3rem}
      figure.chart svg{display:block;width:100%;height:auto;max-width:760px}
      .chart-sources{font-size:.75rem;color:var(--muted);margin:.2rem 0 0}
      svg .tick{fill:#333;font-size:11px}
      svg .axis-title{fill:#111;font-size:12px}
      svg .quadrant-label{font-weight:700;fill:#555;font-size:13px}
      svg .point-label{font-weight:700;font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px}
      ol.sources{font-size:.8rem;padding-left:1.6rem}
      ol.sources .origin{color:var(--muted)}
      .rules td:first-child{white-space:nowrap;font-family:"DejaVu Sans Mono",monospace}
      footer{margin-top:2rem}
      @page{size:A4;margin:14mm 12mm 14mm 12mm}
      @media print{
      body{max-width:none;padding:0;font-size:10.5pt}
      body.synthetic{padding-top:0}
      .synthetic-banner{position:fixed;top:42%;left:0;right:0;background:none;border:none;\
      padding:0;color:rgba(0,0,0,.07);font-size:60pt;transform:rotate(-30deg);pointer-events:none}
      .synthetic-banner .more{display:none}
      a{color:inherit}
      .toc{display:none}
      h2{break-after:avoid}
      tr,figure,table{break-inside:avoid}
      }
      """;
}
