package org.stancemap.report;

/**
 * The style sheet and scripts inlined into every report page: pages are single files that need no
 * network to view. The first script records errors; the last one makes tables sortable and marks on
 * {@code <body>} how many charts rendered with a non-zero size ({@code data-charts-rendered}) and how
 * many errors the page met ({@code data-errors}), which the browser test reads from the DOM.
 */
final class PageAssets {
    private PageAssets() {}

    /** No network at view time, enforced: only inline styles and scripts, images only as data URLs. */
    static final String CONTENT_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    static final String CSS = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:24px auto;max-width:1240px;color:#222;\
            padding:0 16px;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.25em;margin-top:32px;border-bottom:1px solid #ddd}
            p.lead{color:#555;margin-top:0}p.note{color:#555;font-size:.9em}
            .charts{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
            .charts figure{margin:0}svg.chart{background:#fff;display:block}
            table{border-collapse:collapse;font-size:.88em;margin:8px 0}
            th,td{border-bottom:1px solid #e5e5e5;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f6f6}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.nowrap{white-space:nowrap}
            table.sortable th{cursor:pointer;user-select:none}
            table.sortable th[data-dir=asc]::after{content:" \\25B2"}table.sortable th[data-dir=desc]::after{content:" \\25BC"}
            .scroll{max-height:640px;overflow:auto;border:1px solid #eee}
            code{background:#f4f4f4;padding:0 3px}
            """;

    /** Runs first, in {@code <head>}: records script errors, failed resources, blocked loads and console errors. */
    static final String ERROR_HOOK = """
            (function(){var errs=[];window.__stancemapErrors=errs;
            function note(m){errs.push(String(m));if(document.body){document.body.setAttribute('data-errors',String(errs.length));\
            document.body.setAttribute('data-error-messages',errs.join(' | ').slice(0,2000));}}
            window.addEventListener('error',function(e){var t=e.target;note(e.message||('failed to load '+(t&&(t.src||t.href)||'a resource')));},true);
            window.addEventListener('unhandledrejection',function(e){note('unhandled rejection: '+e.reason);});
            document.addEventListener('securitypolicyviolation',function(e){note('blocked by the page policy: '+e.blockedURI);});
            var ce=console.error;console.error=function(){note(Array.prototype.join.call(arguments,' '));return ce.apply(console,arguments);};
            })();
            """;

    /** Runs last, at the end of {@code <body>}: sortable tables, then the chart check. */
    static final String PAGE_SCRIPT = """
            (function(){
            function key(c){var v=c.hasAttribute('data-sort')?c.getAttribute('data-sort'):c.textContent.trim();\
            var n=Number(v);return v!==''&&isFinite(n)?n:v.toLowerCase();}
            document.querySelectorAll('table.sortable').forEach(function(t){
              var heads=t.tHead.rows[0].cells;
              Array.prototype.forEach.call(heads,function(th,i){th.addEventListener('click',function(){
                var asc=th.getAttribute('data-dir')!=='asc';
                Array.prototype.forEach.call(heads,function(h){h.removeAttribute('data-dir');});
                th.setAttribute('data-dir',asc?'asc':'desc');
                var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
                rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);
                  if(typeof x===typeof y){var d=typeof x==='number'?x-y:x.localeCompare(y);return asc?d:-d;}
                  return typeof x==='number'?-1:1;});
                rows.forEach(function(r){body.appendChild(r);});
              });});
            });
            var charts=document.querySelectorAll('svg.chart'),ok=0;
            charts.forEach(function(s){var r=s.getBoundingClientRect();
              var drawn=s.querySelector('rect,line,circle,polyline,polygon,path');
              if(r.width>0&&r.height>0&&drawn){ok++;s.setAttribute('data-rendered','yes');}else{s.setAttribute('data-rendered','no');}});
            document.body.setAttribute('data-charts-found',String(charts.length));
            document.body.setAttribute('data-charts-rendered',String(ok));
            document.body.setAttribute('data-errors',String(window.__stancemapErrors.length));
            })();
            """;
}
