/// The starter point framework that `chiso frameworks new --scheme points` writes.
enum PointStarter {
    /// A starter point framework: two main indices, a view and two tiers.
    static let text = #"""
        // A point framework for chiso. Edit it, then check it with: chiso frameworks validate FILE
        // Comments (// and /* */) and trailing commas are allowed. Every key is checked: a typo is an error.
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
              // Rules: points (0…max), ratio (0…1), proportional (percent), steps, yesNo, linear (floor → target),
              // choice: answers with points or a fraction of max, e.g. "rule": "choice", "choices": [
              //   {"value": "chu-tich", "name": {"vi": "Bí thư/Chủ tịch", "en": "Chairman"}, "fraction": 1},
              //   {"value": "pho", "name": {"vi": "Phó Chủ tịch", "en": "Deputy"}, "fraction": 0.5},
              //   {"value": "chua-co", "name": {"vi": "Chưa có", "en": "None"}, "points": 0}]
              // A ratio or percentage leaf ID may also be given in data as two counts, ID.num and ID.den.
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
          // Tiers, best first: "minimum" means ≥, "above" means >; "basis" is points (default) or index.
          // Floors ask a node for a share of its maximum. Below the last tier a unit is unranked.
          "tiers": [
            {"name": {"vi": "Tốt", "en": "Good"}, "minimum": 80, "floors": [{"node": "HD", "fraction": 0.75}]},
            {"name": {"vi": "Khá", "en": "Fair"}, "minimum": 60},
          ],
        }

        """#
}
