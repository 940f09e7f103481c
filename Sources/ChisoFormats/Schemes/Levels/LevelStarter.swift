/// The starter level framework that `chiso frameworks new --scheme levels` writes.
enum LevelStarter {
    /// A starter level framework in the style of Decision 2361/QĐ-BTTTT: three levels, two criteria.
    static let text = #"""
        // A level framework for chiso (as Decision 2361/QĐ-BTTTT): a unit reaches the highest level L whose own
        // criteria it all meets ("levelRule" below). Check it with: chiso frameworks validate FILE
        // Comments (// and /* */) and trailing commas are allowed. Every key is checked: a typo is an error.
        // "$schema" names the JSON Schema that 'chiso frameworks new --output FILE' writes beside this file (or
        // 'chiso frameworks schema --output chiso-framework.schema.json'); VS Code reads it from there, offline, to
        // check the file and complete keys as you type.
        {
          "$schema": "chiso-framework.schema.json",
          "id": "my-levels",
          "scheme": "levels",
          "name": {"vi": "Mức độ chuyển đổi số của tôi", "en": "My digital-transformation levels"},
          "unitType": {"vi": "cấp xã", "en": "commune"},
          "provenance": {
            "decision": "…/QĐ-UBND", "date": "2025-01-01",
            "issuer": {"vi": "UBND tỉnh …", "en": "People's Committee of … province"},
            "title": {"vi": "…", "en": "…"},
            "notes": ["Say here what you changed from Decision 2361/QĐ-BTTTT and why."],
          },
          // perLevel: a level is reached when all of that level's own criteria are met (Decision 2361, II.1.c);
          // cumulative: when every criterion of that level and of every lower level is met.
          "levelRule": "perLevel",
          "levels": [{"vi": "Khởi động", "en": "Starting"}, {"vi": "Kết nối", "en": "Connecting"}, {"vi": "Cơ bản", "en": "Basic"}],
          "groups": [{"id": "CQS", "name": {"vi": "Chính quyền số", "en": "Digital government"}}],
          "criteria": [
            // "measure" says what the data cell holds: percent (0–100), count, yesNo, ratio (0–1), points or
            // number. One requirement per level, lowest first, each with exactly one rule: {"atLeast": N} (the value
            // is N or more; not on yesNo), {"yes": true} (yesNo only), {"notApplicable": true} (the level does not
            // ask it), or {"anyOf": [two or more rules]}; "text" keeps the decision's wording. A district's criterion
            // on its communes has "measure": "childLevels" and {"childLevels": {"allAtLeast": L}} rules. "theme" is
            // optional (see 'chiso frameworks compare --help').
            {"id": "CQS.01", "theme": "digitalGovernment", "group": "CQS", "measure": "percent",
             "name": {"vi": "Tỷ lệ hồ sơ trực tuyến", "en": "Share of files online"}, "unit": {"vi": "%", "en": "%"},
             "requirements": [{"text": "20%", "atLeast": 20}, {"text": "30%", "atLeast": 30}, {"text": "50%", "atLeast": 50}]},
            {"id": "CQS.02", "group": "CQS", "measure": "yesNo",
             "name": {"vi": "Có trang thông tin điện tử", "en": "Has a website"}, "unit": {"vi": "Trang", "en": "website"},
             "requirements": [{"text": "Không áp dụng", "notApplicable": true}, {"text": "Có", "yes": true}, {"text": "Có", "yes": true}]},
          ],
        }

        """#
}
