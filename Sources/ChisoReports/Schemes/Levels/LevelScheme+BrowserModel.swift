public import ChisoCore
package import ChisoFormats

extension LevelScheme: SchemeBrowserModel {
    /// The levels' rule, the extended criteria's shares, and each criterion's requirement at each level:
    /// `null` (does not apply), `{"v": measure, "min": threshold}`, `{"any": [alternatives]}` (commune `KTS.04`),
    /// or `{"sub": [all, shareLevel, percent]}` (district `CHUNG.01`).
    package func browserModel() -> JSONNode.Value {
        var model = JSONObjectBuilder()
        model.add("rule", rule.rawValue)
        model.add("levels", levels.count)
        model.add("extendedMinimum", .array(extendedMinimum.map { .number($0) }))
        model.add(
            "criteria",
            .objects(criteria.indices) { index, entry in
                entry.add("extended", criteria[index].isExtended)
                entry.add(
                    "req", .array((0..<levels.count).map { Self.browserRule(requirement(of: index, forClass: $0 + 1)) })
                )
            })
        return model.value
    }

    /// One requirement as the evaluator reads it; points and index requirements do not occur in a level scheme and
    /// read as not applicable, as the scheme compiles them.
    static func browserRule(_ requirement: ClassRequirement) -> JSONNode.Value {
        var rule = JSONObjectBuilder()
        switch requirement {
        case .notApplicable, .points, .index:
            return .null
        case .value(let measure, let least):
            rule.add("v", measure)
            rule.add("min", least)
        case .anyOf(let alternatives):
            rule.add("any", .array(alternatives.map(browserRule)))
        case .subordinates(let children):
            rule.add(
                "sub",
                .array([
                    .number(Double(children.allAtLeast)), children.shareLevel.map { .number(Double($0)) } ?? .null,
                    .number(children.sharePercent),
                ]))
        }
        return rule.value
    }

    /// `LevelScheme.score` and `ChildLevelRule.status(of:)` in JavaScript, step for step.
    package var browserEvaluator: String {
        """
        function (m, v, ch) {
          var MET = 0, NOT = 1, MISS = 2, NA = 3, L = m.levels, C = m.criteria, ext = false, c, l;
          for (c = 0; c < C.length; c++) if (C[c].extended) ext = true;
          function atLeast(level) {
            var n = 0, k;
            for (k = Math.max(level, 0); k < ch.counts.length; k++) n += ch.counts[k];
            return n;
          }
          function children(r) {
            var known = atLeast(0), un = ch.unreadable, all = r[0], share = r[1], pct = r[2];
            if (known + un === 0) return NOT;
            if (atLeast(all) < known) return NOT;
            if (un > 0) {
              if (share !== null && (atLeast(share) + un) * 100 < pct * (known + un)) return NOT;
              return MISS;
            }
            if (share === null) return MET;
            return atLeast(share) * 100 >= pct * known ? MET : NOT;
          }
          function status(r) {
            if (r === null) return NA;
            if (r.v !== undefined) {
              var x = r.v >= 0 && r.v < v.length ? v[r.v] : null;
              if (x === null || x === undefined) return MISS;
              return x >= r.min ? MET : (x !== x ? NA : NOT);
            }
            if (r.any !== undefined) {
              var sawMissing = false;
              for (var k = 0; k < r.any.length; k++) {
                var s = status(r.any[k]);
                if (s === MET || s === NA) return MET;
                if (s === MISS) sawMissing = true;
              }
              return sawMissing ? MISS : NOT;
            }
            if (r.sub !== undefined) return ch ? children(r.sub) : MISS;
            return NA;
          }
          function measures(r, into) {
            if (r === null) return into;
            if (r.v !== undefined && r.v >= 0 && into.indexOf(r.v) < 0) into.push(r.v);
            if (r.any !== undefined) for (var k = 0; k < r.any.length; k++) measures(r.any[k], into);
            return into;
          }
          var S = [], blocked = [];
          for (l = 0; l < L; l++) blocked.push(false);
          for (c = 0; c < C.length; c++) {
            var row = [];
            for (l = 0; l < L; l++) {
              var s = status(C[c].req[l]);
              row.push(s);
              if ((s === NOT || s === MISS) && (!ext || !C[c].extended)) blocked[l] = true;
            }
            S.push(row);
          }
          function shortfall(level) {
            if (!ext || level < 1 || level > m.extendedMinimum.length) return false;
            var met = 0, applicable = 0;
            for (var k = 0; k < C.length; k++) {
              if (!C[k].extended) continue;
              var s = S[k][level - 1];
              if (s === NA) continue;
              applicable += 1;
              if (s === MET) met += 1;
            }
            var share = m.extendedMinimum[level - 1];
            var needed = Math.ceil(share * applicable / 100);
            if ((needed - 1) * 100 >= share * applicable) needed -= 1;
            return met < needed;
          }
          if (ext) for (l = 1; l <= L; l++) if (shortfall(l)) blocked[l - 1] = true;
          var level = 0;
          if (m.rule === 'cumulative') {
            while (level < L && !blocked[level]) level += 1;
          } else {
            for (l = L; l >= 1; l--) if (!blocked[l - 1]) { level = l; break; }
          }
          var blockers = [];
          if (level < L) {
            var short = shortfall(level + 1);
            for (c = 0; c < C.length; c++) {
              var b = S[c][level];
              if ((b === NOT || b === MISS) && (!ext || short || !C[c].extended)) {
                blockers.push({condition: c, measures: measures(C[c].req[level], [])});
              }
            }
          }
          var names = ['met', 'notMet', 'missing', 'notApplicable'];
          return {ordinal: level, total: null, index: null, blockers: blockers,
            statuses: S.map(function (row) { return row.map(function (s) { return names[s]; }); })};
        }
        """
    }
}
