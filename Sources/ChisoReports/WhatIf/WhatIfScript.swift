/// The script of the report's what-if part: it reads the part's JSON (``WhatIfData``), un-hides the panel, builds
/// one input per measure for the unit picked, and on every change scores the unit with the scheme's evaluator
/// (``SchemeBrowserModel/browserEvaluator``) and shows its class, score and blockers. It holds no words of its own
/// and asks nothing about the scheme beyond what the JSON says: measures' kinds, conditions and their
/// requirements in words, the classes.
///
/// The result is also written as data attributes, for tests: `#whatif-class[data-ordinal]`,
/// `#whatif-score[data-total][data-index]`, `#whatif-blockers li[data-condition]`.
enum WhatIfScript {
    /// The script, with the scheme's evaluator in it.
    static func source(evaluator: String) -> String {
        """
        (function () {
        var panel = document.getElementById('whatif-panel'), source = document.getElementById('whatif-data');
        if (!panel || !source) return;
        var D = JSON.parse(source.textContent), W = D.words, vi = D.language === 'vi';
        var evaluate = \(evaluator);
        document.querySelectorAll('.whatif-noscript').forEach(function (e) { e.hidden = true; });
        panel.hidden = false;
        var pick = document.getElementById('whatif-unit'), body = document.getElementById('whatif-values');
        var out = document.getElementById('whatif-result'), kids = document.getElementById('whatif-children');
        var kidList = document.getElementById('whatif-children-list'), planButton = document.getElementById('whatif-plan');
        var inputs = [], kidInputs = [], current = 0;
        function el(tag, text, attrs) {
          var e = document.createElement(tag);
          if (text !== undefined && text !== null) e.textContent = text;
          for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
          return e;
        }
        function decode(x) { return x === 'KAD' ? NaN : x; }
        function plain(x) { var t = String(x); return vi ? t.replace('.', ',') : t; }
        function number(x, decimals) {
          var t = decimals === undefined ? String(Math.round(x * 100) / 100) : x.toFixed(decimals);
          return vi ? t.replace('.', ',') : t;
        }
        function shown(x, m) {
          if (x === null || x === undefined) return W.missingValue;
          if (x !== x) return W.notApplicableValue;
          if (m.kind === 'yesNo') return x >= 1 ? W.yes : W.no;
          if (m.kind === 'choice' && m.categories[x] !== undefined) return m.categories[x];
          return number(x) + (m.kind === 'percent' ? '%' : '');
        }
        function read(input, m) {
          var t = input.value.trim();
          input.removeAttribute('aria-invalid');
          input.removeAttribute('title');
          if (t === '') return null;
          if (/^kad$/i.test(t) && m.conditional) return NaN;
          var s = t.replace(',', '.');
          if (/^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)(e[-+]?[0-9]+)?$/i.test(s)) {
            var x = parseFloat(s);
            if ((m.min === null || x >= m.min) && (m.max === null || x <= m.max)) return x;
          }
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('title', W.unreadableValue);
          return null;
        }
        function field(m, i) {
          var input, id = 'whatif-m-' + i;
          if (m.kind === 'yesNo' || m.kind === 'choice') {
            input = el('select', null, {id: id});
            input.appendChild(el('option', W.missingValue, {value: ''}));
            var names = m.kind === 'yesNo' ? [W.no, W.yes] : m.categories;
            names.forEach(function (name, k) { input.appendChild(el('option', name, {value: String(k)})); });
            if (m.conditional) input.appendChild(el('option', W.notApplicableValue, {value: 'KAD'}));
          } else {
            input = el('input', null, {id: id, type: 'text', inputmode: 'decimal', size: '8',
              placeholder: (m.min !== null ? number(m.min) : '') + '–' + (m.max !== null ? number(m.max) : '')
                + (m.conditional ? ' / KAD' : '')});
          }
          input.dataset.measure = String(i);
          input.addEventListener('change', update);
          input.addEventListener('input', update);
          return input;
        }
        function set(input, x) {
          if (x === null || x === undefined) input.value = '';
          else if (x !== x) input.value = 'KAD';
          else input.value = input.tagName === 'SELECT' ? String(x) : plain(x);
        }
        function children() {
          var u = D.units[current][3];
          if (!u) return null;
          var counts = [];
          for (var l = 0; l < D.childClasses.length; l++) counts.push(0);
          kidInputs.forEach(function (s) {
            counts[Math.min(Math.max(parseInt(s.value, 10), 0), counts.length - 1)] += 1;
          });
          return {counts: counts, unreadable: u.u};
        }
        function has(b, values, ch) {
          if (b.condition === D.rollUp && ch) return childSummary(ch);
          if (b.measures !== undefined) {
            return b.measures.map(function (i) { return D.measures[i].key + ' ' + shown(values[i], D.measures[i]); })
              .join('; ') || '—';
          }
          if (b.points !== undefined) {
            var t = number(b.points) + ' / ' + number(b.maximum) + ' ' + W.points;
            return b.index !== undefined ? t + ' (' + W.index + ' ' + number(b.index, 4) + ')' : t;
          }
          return '—';
        }
        function childSummary(ch) {
          var parts = [];
          ch.counts.forEach(function (n, l) { if (n > 0) parts.push(D.childClasses[l] + ': ' + n); });
          var t = parts.length ? parts.join(' · ') : W.noChildren;
          return ch.unreadable > 0 ? t + ' · ' + ch.unreadable + ' ' + W.subordinateUnreadable : t;
        }
        function score(values, ch) { return evaluate(D.model, values, ch); }
        function update() {
          var u = D.units[current];
          var values = D.measures.map(function (m, i) { return read(inputs[i], m); });
          var ch = children(), r = score(values, ch);
          var before = score(u[2].map(decode), u[3] ? dataChildren(u[3]) : null);
          inputs.forEach(function (input, i) {
            var row = input.closest('tr'), x = values[i], y = decode(u[2][i]);
            var same = (x === null && (y === null || y === undefined)) || x === y || (x !== x && y !== y);
            row.classList.toggle('changed', !same);
          });
          out.textContent = '';
          // A framework without classes (an index only) shows its score and index, and nothing blocks.
          var classed = D.classes.length > 1, p = el('p');
          var name = el('strong', D.classes[r.ordinal], {id: 'whatif-class', 'data-ordinal': String(r.ordinal)});
          if (classed) {
            p.appendChild(document.createTextNode(W.classNoun + ': '));
            p.appendChild(name);
            if (before.ordinal !== r.ordinal) p.appendChild(document.createTextNode(' (' + W.inData + ': '
              + D.classes[before.ordinal] + ')'));
          } else {
            name.hidden = true;
            p.appendChild(name);
          }
          if (r.total !== null) {
            if (classed) p.appendChild(document.createTextNode(' · '));
            p.appendChild(el('span', number(r.total) + ' / ' + number(D.model.maximum) + ' ' + W.points + ' · '
              + W.index + ' ' + number(r.index, 4), {id: 'whatif-score', 'data-total': String(r.total),
              'data-index': String(r.index)}));
            if (before.total !== r.total) p.appendChild(document.createTextNode(' (' + W.inData + ': '
              + number(before.total) + ')'));
          }
          out.appendChild(p);
          if (D.rollUp !== null && r.statuses) {
            var roll = el('p', null, {id: 'whatif-rollup'});
            var c = D.conditions[D.rollUp];
            roll.appendChild(el('strong', c.id + ' ' + c.name + ': '));
            roll.appendChild(document.createTextNode(r.statuses[D.rollUp].map(function (s, k) {
              return D.classes[k + 1] + ' ' + W['status-' + s];
            }).join(' · ') + (ch ? ' — ' + childSummary(ch) : '')));
            out.appendChild(roll);
          }
          var list = el('ul', null, {id: 'whatif-blockers'});
          if (classed) out.appendChild(el('h4', W.nextBlockers));
          if (classed && r.ordinal >= D.classes.length - 1) list.appendChild(el('li', W.noBlockers));
          r.blockers.forEach(function (b) {
            var c = D.conditions[b.condition] || {id: '?', name: '', need: []};
            list.appendChild(el('li', c.id + ' ' + c.name + ': ' + W.needs + ' ' + (c.need[r.ordinal] || '—') + '; '
              + W.has + ' ' + has(b, values, ch), {'data-condition': String(b.condition)}));
          });
          out.appendChild(list);
          if (D.ranked) out.appendChild(el('p', W.rankNote, {'class': 'note'}));
        }
        function dataChildren(u) {
          var counts = [];
          for (var l = 0; l < D.childClasses.length; l++) counts.push(0);
          u.c.forEach(function (k) { counts[Math.min(Math.max(k[2], 0), counts.length - 1)] += 1; });
          return {counts: counts, unreadable: u.u};
        }
        function show(position) {
          current = position;
          var u = D.units[position];
          body.textContent = '';
          inputs = D.measures.map(function (m, i) {
            var row = el('tr'), input = field(m, i);
            var head = el('th', null, {scope: 'row'});
            head.appendChild(el('label', m.key + (m.name ? ' ' + m.name : ''), {'for': input.id}));
            row.appendChild(head);
            var cell = el('td');
            cell.appendChild(input);
            row.appendChild(cell);
            row.appendChild(el('td', shown(decode(u[2][i]), m)));
            body.appendChild(row);
            set(input, decode(u[2][i]));
            return input;
          });
          kidList.textContent = '';
          kidInputs = [];
          kids.hidden = !u[3];
          if (u[3]) {
            u[3].c.forEach(function (k, j) {
              var line = el('span'), id = 'whatif-c-' + j, s = el('select', null, {id: id});
              line.appendChild(el('label', k[0] + (k[1] ? ' ' + k[1] : '') + ' ', {'for': id}));
              D.childClasses.forEach(function (name, l) { s.appendChild(el('option', name, {value: String(l)})); });
              s.value = String(k[2]);
              s.dataset.child = k[0];
              s.addEventListener('change', update);
              line.appendChild(s);
              kidList.appendChild(line);
              kidInputs.push(s);
            });
            if (u[3].u > 0) kidList.appendChild(el('span', u[3].u + ' ' + W.subordinateUnreadable));
          }
          planButton.hidden = !u[4];
          update();
        }
        D.units.forEach(function (u, i) { pick.appendChild(el('option', u[0], {value: String(i)})); });
        pick.addEventListener('change', function () { show(parseInt(pick.value, 10)); });
        document.getElementById('whatif-reset').addEventListener('click', function () { show(current); });
        planButton.addEventListener('click', function () {
          (D.units[current][4] || []).forEach(function (change) { set(inputs[change[0]], decode(change[1])); });
          update();
        });
        if (D.units.length > 0) show(0);
        })();
        """
    }
}
