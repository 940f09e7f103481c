public import ChisoCore
package import ChisoFormats

extension PointScheme: SchemeBrowserModel {
    /// The nodes in tree order (parent, whether scored, the measure a leaf reads, its rule, its stated and
    /// effective maxima), the total maximum, the tiers lowest first (minimum, inclusive, basis, floors as node
    /// index and share) and the precision tiers are read at.
    package func browserModel() -> JSONNode.Value {
        var model = JSONObjectBuilder()
        model.add(
            "nodes",
            .objects(nodes.indices) { index, entry in
                let node = nodes[index].node
                entry.add("parent", nodes[index].parent)
                entry.add("scored", node.isScored)
                entry.add("leaf", measureOfNode[index])
                entry.add("rule", node.rule.map { Self.browserRule($0, maximum: node.maximum ?? 0) } ?? .null)
                entry.add("max", node.maximum ?? 0)
                entry.add("emax", maximum(ofCondition: index + 1))
            })
        model.add("maximum", maximum ?? 0)
        model.add(
            "tiers",
            .objects(tiers) { tier, entry in
                entry.add("min", tier.minimum)
                entry.add("inclusive", tier.inclusive)
                entry.add("basis", tier.basis.rawValue)
                entry.add(
                    "floors",
                    .array(
                        tier.floors.map { floor in
                            .array([
                                nodeIndex(floor.node).map { .number(Double($0)) } ?? .null, .number(floor.fraction),
                            ])
                        }))
            })
        model.add("classPrecision", classPrecision.map { Self.powerOfTen($0) })
        return model.value
    }

    /// A leaf's rule as the evaluator reads it; a choice's points are worked out here, as the core works them out.
    static func browserRule(_ rule: LeafRule, maximum: Double) -> JSONNode.Value {
        var object = JSONObjectBuilder()
        object.add("t", rule.name)
        switch rule {
        case .points, .ratio, .proportional, .yesNo: break
        case .steps(let steps):
            object.add("steps", .array(steps.map { .array([.number($0.atLeast), .number($0.points)]) }))
        case .linear(let floor, let target):
            object.add("floor", floor)
            object.add("target", target)
        case .choice(let choices):
            object.add("points", .array(choices.map { .number($0.points(maximum: maximum)) }))
        }
        return object.value
    }

    /// `PointScheme.score` and `LeafRule.points(for:maximum:)` in JavaScript, step for step; `classPrecision` is
    /// the scale (10 to the power of the places) at which the figure a tier reads is rounded half away from zero.
    package var browserEvaluator: String {
        """
        function (m, v, ch) {
          var N = m.nodes, P = [], i;
          function clamp(raw, max) { return Math.min(Math.max(raw, 0), max); }
          function leaf(r, x, max) {
            switch (r.t) {
              case 'points': return clamp(x, max);
              case 'ratio': return clamp(x * max, max);
              case 'proportional': return clamp(x / 100 * max, max);
              case 'steps':
                var best = null;
                for (var k = 0; k < r.steps.length; k++) {
                  if (x >= r.steps[k][0] && (best === null || r.steps[k][1] > best)) best = r.steps[k][1];
                }
                return clamp(best === null ? 0 : best, max);
              case 'yesNo': return clamp(x >= 1 ? max : 0, max);
              case 'linear':
                return clamp(x <= r.floor ? 0 : x >= r.target ? max : (x - r.floor) / (r.target - r.floor) * max, max);
              case 'choice':
                if (r.points.length === 0 || !isFinite(x)) return 0;
                var at = Math.min(Math.max(Math.floor(x), 0), r.points.length - 1);
                return clamp(r.points[at], max);
            }
            return 0;
          }
          for (i = 0; i < N.length; i++) {
            P.push(0);
            var n = N[i];
            if (n.leaf === null || n.rule === null || !n.scored) continue;
            var x = n.leaf < v.length ? v[n.leaf] : null;
            if (x === null || x === undefined) continue;
            P[i] = leaf(n.rule, x, n.max);
          }
          for (i = N.length - 1; i >= 0; i--) {
            if (N[i].parent === null || !N[i].scored) continue;
            P[N[i].parent] += P[i];
          }
          var total = 0;
          for (i = 0; i < N.length; i++) if (N[i].parent === null && N[i].scored) total += P[i];
          var index = m.maximum > 0 ? total / m.maximum : 0;
          function figure(x) {
            if (m.classPrecision === null || !isFinite(x)) return x;
            var y = x * m.classPrecision;
            return (y < 0 ? -Math.round(-y) : Math.round(y)) / m.classPrecision;
          }
          function failed(t) {
            var out = [], floors = [];
            var value = figure(t.basis === 'points' ? total : index);
            var difference = value - t.min, tolerance = 1e-9 * Math.max(1, Math.abs(t.min));
            if (!(t.inclusive ? difference >= -tolerance : difference > tolerance)) {
              out.push({condition: 0, points: total, maximum: m.maximum, index: index});
            }
            for (var k = 0; k < t.floors.length; k++) {
              var node = t.floors[k][0];
              if (node === null) { floors.push({condition: N.length + 1}); continue; }
              var required = t.floors[k][1] * N[node].emax;
              if (!(P[node] >= required - 1e-9 * Math.max(1, required))) {
                floors.push({condition: node + 1, points: P[node], maximum: N[node].emax});
              }
            }
            floors.sort(function (a, b) { return a.condition - b.condition; });
            return out.concat(floors);
          }
          var ordinal = 0;
          for (i = m.tiers.length; i >= 1; i--) if (failed(m.tiers[i - 1]).length === 0) { ordinal = i; break; }
          var blockers = ordinal < m.tiers.length ? failed(m.tiers[ordinal]) : [];
          return {ordinal: ordinal, total: total, index: index, blockers: blockers, statuses: null};
        }
        """
    }
}
