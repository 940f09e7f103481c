import ChisoFormats

/// The report's style sheet and its one small script, written inline so that the file needs nothing else.
///
/// On screen: a readable column with system fonts (which carry Vietnamese). In print: A4 pages, each part on a new
/// page, table headers repeated on every page, figures kept whole and scaled to the page, links shown as text.
/// The script only makes tables sortable; without it every table is already in a sensible order.
enum ReportStyle {
    static let css = """
        :root{color-scheme:light;--ink:#1a1a1a;--muted:#555;--rule:#c8c8c8;--met:#e8f1fa;--notmet:#fbe9dd}
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;\
        color:var(--ink);background:#fff;line-height:1.45;margin:0 auto;max-width:60rem;padding:1.5rem}
        h1{font-size:1.7rem;margin:.2rem 0}h2{font-size:1.35rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem}
        h3{font-size:1.1rem;margin-top:1.6rem}
        .kicker{text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0;font-size:.85rem}
        .alt{color:var(--muted)}
        .masthead p.alt{margin:0 0 .6rem}
        nav.toc{margin-top:1.2rem;border-top:1px solid var(--rule)}nav.toc .toc-title{font-weight:600;margin:.4rem 0 0}
        nav.toc ol{columns:2;padding-left:1.4rem;margin:.3rem 0}nav.toc .audience{color:var(--muted)}
        p.audience{text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-size:.8rem;margin:1rem 0 0}
        ul.key-points{padding-left:1.2rem;font-size:1.05rem}ul.key-points li{margin:.45rem 0}
        div.scroll{overflow-x:auto;max-width:100%}table.wide th:nth-child(2),table.wide td:nth-child(2){min-width:9em}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
        dl.facts dt{font-weight:600}dl.facts dd{margin:0}
        figure.chart{margin:1rem 0 1.6rem}
        figure.chart svg{display:block;width:100%;max-width:46rem;height:auto;font-size:11px}
                svg text:not([fill]){fill:#1a1a1a}svg text.axis{fill:#444}svg text.mark{font-weight:600}
        table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem;font-size:.85rem}
        caption{text-align:left;font-weight:600;padding:.2rem 0;caption-side:top}
        th,td{border:1px solid var(--rule);padding:.2rem .4rem;vertical-align:top;text-align:left;\
        overflow-wrap:break-word}
        thead th{background:#f0f0f0}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th.num{white-space:normal}
        figure.chart table{font-size:.78rem}figure.chart caption{font-weight:400;color:var(--muted)}
        table.explanation td.met{background:var(--met)}
        table.explanation td.notmet,table.explanation td.missing{background:var(--notmet);font-weight:600}
        table.explanation tr.binding th{text-decoration:underline}
        table.explanation td.mark{width:1.2rem;text-align:center;font-weight:700}
        table.explanation{table-layout:fixed}table.explanation thead th:nth-child(1){width:3%}
        table.explanation thead th:nth-child(2){width:9%}table.explanation thead th:nth-child(3){width:22%}
        table.explanation thead th:nth-child(4){width:10%}
        table.explanation th{overflow-wrap:normal;word-break:normal}
        th.depth1{padding-left:1.2rem}th.depth2{padding-left:2rem}th.depth3{padding-left:2.8rem}
        table.sortable thead th{cursor:pointer}
        article.unit{border-top:1px solid var(--rule);margin-top:1.4rem}
        ul.sentences{padding-left:1.2rem}
        .note{background:#fff6d6;padding:.4rem .6rem;border-left:4px solid #e69f00}
        footer{margin-top:3rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--rule)}
        a{color:#0059a0}
        @page{size:A4;margin:14mm 12mm 16mm}
        @media print{
        body{max-width:none;padding:0;font-size:10pt}
        section.part{break-before:page}main>section.part:first-child{break-before:auto}
        div.scroll{overflow:visible}table.wide{font-size:6.5pt}table.wide th,table.wide td{padding:.1rem .15rem}
        h2,h3{break-after:avoid}
        thead{display:table-header-group}
        tr,figure.chart svg,li{break-inside:avoid}
        figure.chart svg{max-width:100%;max-height:235mm}
        table{font-size:8pt}table.explanation{font-size:7.5pt}table.explanation thead th{font-size:6pt;padding:.15rem .2rem}
        a{color:inherit;text-decoration:none}
        nav.toc{break-after:page}
        table.explanation td.met,table.explanation td.notmet,thead th{-webkit-print-color-adjust:exact;\
        print-color-adjust:exact}
        }
        """

    static let script = """
        (function(){var vi=document.documentElement.lang==='vi';
        function key(cell){var t=cell.textContent.trim();var n=vi?t.replace(/\\./g,'').replace(',','.'):t.replace(/,/g,'');
        n=n.replace('%','');var v=parseFloat(n);return isNaN(v)||!/^[-+]?[0-9]/.test(n)?t.toLowerCase():v;}
        document.querySelectorAll('table.sortable').forEach(function(table){
        var heads=table.querySelectorAll('thead th');heads.forEach(function(th,i){
        th.tabIndex=0;th.setAttribute('aria-sort','none');
        function sort(){var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
        var up=th.getAttribute('aria-sort')!=='ascending';
        rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);
        var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y));return up?c:-c;});
        heads.forEach(function(h){h.setAttribute('aria-sort','none');});
        th.setAttribute('aria-sort',up?'ascending':'descending');rows.forEach(function(r){body.appendChild(r);});}
        th.addEventListener('click',sort);
        th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});
        });});})();
        """
}
