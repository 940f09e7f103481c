/// The starter point framework that `chiso frameworks new --scheme points` writes.
enum PointStarter {
    /// A starter point framework: two main indices, a view and two tiers.
    static let text = #"""
        // A point framework for chiso. Edit it, then check it with: chiso frameworks validate FILE
        // Comments (// and /* */) and trailing commas are allowed. Every key is checked: a typo is an error.
        // "$schema" names the JSON Schema that 'chiso frameworks new --output FILE' writes beside this file (or
        // 'chiso frameworks schema --output chiso-framework.schema.json'); VS Code reads it from there, offline, to
        // check the file and complete keys as you type.
        {
          "$schema": "chiso-framework.schema.json",
          "id": "my-index",                      // letters, digits, '-', '_', '.'
          "scheme": "points",
          "name": {"vi": "Bộ chỉ số của tôi", "en": "My index"},
          "unitType": {"vi": "Sở, ban, ngành", "en": "department"},
          "provenance": {
            "decision": "…/QĐ-UBND",             // the document that defines the index
            "date": "2025-01-01",
            "issuer": {"vi": "UBND tỉnh …", "en": "People's Committee of … province"},
            "title": {"vi": "…", "en": "…"},
            "notes": ["Say here what the sources leave unknown and what you chose."],
          },
          "precision": 2,                        // decimals of the index (total / maximum); ranks compare at it
          "nodes": [
            // Information only: shown, never scored.
            {"id": "TTC", "name": {"vi": "Thông tin chung", "en": "General information"}, "informationOnly": true,
             "children": [{"id": "TTC.01", "name": {"vi": "Số cán bộ", "en": "Number of officials"}, "measure": "number"}]},
            // A main index: its max is the sum of its children's. "theme" (optional) places a node among the
            // themes every framework shares, for 'chiso frameworks compare': awareness, institutions,
            // infrastructure, data, humanResources, cybersecurity, digitalGovernment, digitalEconomy,
            // digitalSociety, smartCity, subordinateUnits.
            {"id": "HT", "theme": "infrastructure", "name": {"vi": "Hạ tầng số", "en": "Digital infrastructure"}, "max": 40, "children": [
              // A leaf needs "max" and a "rule", which says what its data cell holds and how it becomes points:
              //   points        the points themselves, 0…max.
              //   ratio         a share 0–1 (0.75); points = share × max.
              //   proportional  a percentage 0–100 (75); points = percentage / 100 × max.
              //                 "Tỷ lệ = a/b × Điểm tối đa" is ratio when the cell holds a/b, proportional when it
              //                 holds the percentage; either may come as two counts, columns ID.num and ID.den.
              //   steps         needs "steps", highest threshold first (see HT.01). Steps on a number of things
              //                 ("4 lần: 20 điểm; 2 lần: 10 điểm") need "measure": "count", or chiso takes the
              //                 values for percentages (0–100) when it checks data and makes sample data.
              //   yesNo         yes (1, có) earns max, no (0, không) 0.
              //   linear        needs "floor" (0 points) and "target" (max), points rising evenly between them.
              //   choice        needs "choices": answers, each with "points" or a "fraction" of max; a data cell
              //                 gives the value or the name. E.g. "rule": "choice", "choices": [
              //   {"value": "chu-tich", "name": {"vi": "Bí thư/Chủ tịch", "en": "Chairman"}, "fraction": 1},
              //   {"value": "pho", "name": {"vi": "Phó Chủ tịch", "en": "Deputy"}, "fraction": 0.5},
              //   {"value": "chua-co", "name": {"vi": "Chưa có", "en": "None"}, "points": 0}]
              {"id": "HT.01", "name": {"vi": "Tỷ lệ máy tính kết nối mạng", "en": "Share of networked computers"},
               "max": 20, "rule": "steps", "steps": [{"atLeast": 90, "points": 20}, {"atLeast": 70, "points": 10}]},
              {"id": "HT.02", "name": {"vi": "Kết nối mạng chuyên dùng", "en": "On the specialised network"},
               "max": 20, "rule": "yesNo"},
            ]},
            {"id": "HD", "theme": "digitalGovernment", "name": {"vi": "Hoạt động số", "en": "Digital activity"}, "max": 60, "children": [
              {"id": "HD.01", "name": {"vi": "Tỷ lệ hồ sơ trực tuyến", "en": "Share of files online"},
               "max": 40, "rule": "linear", "floor": 20, "target": 80},
              {"id": "HD.02", "name": {"vi": "Điểm chấm dịch vụ công", "en": "Public services, points"},
               "max": 20, "rule": "points"},
            ]},
          ],
          // Views: an index over a set of nodes, reported and ranked beside the total.
          "views": [{"id": "CORE", "name": {"vi": "Cốt lõi", "en": "Core"}, "nodes": ["HT.01", "HD.01"]}],
          // Tiers, best first: "minimum" means ≥, "above" means > (one of the two, not both); "basis" is points
          // (default) or index (total / maximum, 0–1). Floors ask a node for a share of its maximum.
          // Below the last tier a unit is in the class "belowTiers" names (omitted: "Không xếp hạng", Unranked,
          // e.g. "belowTiers": {"vi": "Chưa đạt", "en": "Not reached"}); it still gets a rank by its total, unless
          // "unrankedBelowTiers": true (as Decision 3043/QĐ-UBND: "không xếp hạng"), which leaves it without one
          // and ranks the others among themselves.
          "tiers": [
            {"name": {"vi": "Tốt", "en": "Good"}, "minimum": 80, "floors": [{"node": "HD", "fraction": 0.75}]},
            {"name": {"vi": "Khá", "en": "Fair"}, "minimum": 60},
          ],
        }

        """#
}
