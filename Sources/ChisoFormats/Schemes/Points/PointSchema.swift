/// Point frameworks' part of the JSON Schema of framework files (`chiso frameworks schema`).
enum PointSchema {
    /// The keys of point frameworks and the definitions they use, with the summary the schema's description
    /// gives of the scheme; ``FrameworkSchema`` adds them to the common part.
    ///
    /// The schema checks what `chiso frameworks validate` checks where a schema can: a leaf needs a `rule` and a
    /// `max` unless it is information only (itself or under a node that is), a node with children takes no rule,
    /// `linear` needs `floor` and `target`, `steps` its steps, `choice` its choices (each with `points` or a
    /// `fraction`), a tier `minimum` or `above`, and `unrankedBelowTiers` and `classPrecision` need tiers. What needs
    /// arithmetic or other nodes (maxima that add up, steps in order, a target above the floor, a floor's node) is
    /// left to `validate`. `nodeMembers` describes a node's keys; `node` and `informationNode` add what its place
    /// requires.
    static let fragment = #"""
        {
          "description": "points and tiers (scheme \"points\", as Decision 3043/QĐ-UBND and the DTI)",
          "required": ["nodes"],
          "allOf": [
            {"if": {"required": ["unrankedBelowTiers"], "properties": {"unrankedBelowTiers": {"const": true}}}, "then": {"required": ["tiers"], "properties": {"tiers": {"minItems": 1}}}},
            {"if": {"required": ["classPrecision"]}, "then": {"required": ["tiers"], "properties": {"tiers": {"minItems": 1}}}}
          ],
          "properties": {
            "precision": {"type": "integer", "minimum": 0, "maximum": 9, "description": "Points: decimals of the published index; ranks compare at this precision."},
            "classPrecision": {"type": "integer", "minimum": 0, "maximum": 9, "description": "Points: decimals at which the sources publish the figure tiers are read on (the index for tiers on the index, the total for tiers on points); the figure is rounded half away from zero to them before a tier's minimum is compared. Omitted: the unrounded figure is compared, and a total is never rounded to fit a tier. Needs tiers whose minima are written at that precision."},
            "unrankedBelowTiers": {"type": "boolean", "description": "Points: true when the source leaves units below the lowest tier unranked (Decision 3043/QĐ-UBND: \"không xếp hạng\"); they get no rank, and the others are ranked among themselves. Omitted or false: they are ranked, in the class below the last tier. Needs tiers."},
            "belowTiers": {"$ref": "#/definitions/text", "description": "Points: the name of the class below the lowest tier, as the sources call it; omitted: \"Không xếp hạng\" (Unranked)."},
            "nodes": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/node"}},
            "views": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "name", "nodes"],
                "properties": {"id": {"type": "string"}, "name": {"$ref": "#/definitions/text"}, "nodes": {"type": "array", "items": {"type": "string"}}},
                "additionalProperties": false
              }
            },
            "tiers": {"type": "array", "items": {"$ref": "#/definitions/tier"}, "description": "Points: tiers best first."}
          },
          "definitions": {
            "node": {
              "allOf": [{"$ref": "#/definitions/nodeMembers"}],
              "if": {"required": ["informationOnly"], "properties": {"informationOnly": {"const": true}}},
              "then": {"properties": {"children": {"items": {"$ref": "#/definitions/informationNode"}}}},
              "else": {
                "properties": {"children": {"items": {"$ref": "#/definitions/node"}}},
                "anyOf": [{"required": ["children"]}, {"required": ["rule", "max"]}]
              }
            },
            "informationNode": {
              "allOf": [{"$ref": "#/definitions/nodeMembers"}],
              "properties": {"children": {"items": {"$ref": "#/definitions/informationNode"}}}
            },
            "nodeMembers": {
              "type": "object",
              "required": ["id", "name"],
              "properties": {
                "id": {"type": "string", "pattern": "^[^\\s,\"]+$"},
                "theme": {"$ref": "#/definitions/theme"},
                "name": {"$ref": "#/definitions/text"},
                "max": {"type": ["number", "null"], "minimum": 0, "description": "Maximum points; null when the sources do not give it. A leaf needs it, unless information only."},
                "rule": {
                  "enum": ["points", "ratio", "proportional", "steps", "yesNo", "linear", "choice"],
                  "description": "How a leaf's value becomes points: points (the points themselves, 0…max), ratio (a share 0–1 × max), proportional (a percentage 0–100 × max / 100), steps (needs steps), yesNo, linear (needs floor and target), choice (needs choices). \"Tỷ lệ = a/b × Điểm tối đa\": ratio, or proportional when the data holds the percentage; either reads ID.num and ID.den."
                },
                "measure": {"$ref": "#/definitions/measure", "description": "What the data holds; steps on a number of events need \"count\" (otherwise sample data are percentages)."},
                "steps": {
                  "type": "array",
                  "items": {"type": "object", "required": ["atLeast", "points"], "properties": {"atLeast": {"type": "number"}, "points": {"type": "number"}}, "additionalProperties": false},
                  "description": "steps rule: highest threshold first, each with fewer points."
                },
                "floor": {"type": "number", "description": "linear rule: the value that earns 0 points."},
                "target": {"type": "number", "description": "linear rule: the value that earns max; above floor."},
                "choices": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["value"],
                    "properties": {"value": {"type": "string"}, "name": {"$ref": "#/definitions/text"}, "points": {"type": "number", "minimum": 0}, "fraction": {"type": "number", "minimum": 0, "maximum": 1}},
                    "oneOf": [{"required": ["points"]}, {"required": ["fraction"]}],
                    "additionalProperties": false
                  },
                  "description": "choice rule: the answers, each with points or a fraction of max; data cells give the value or the name."
                },
                "children": {"type": "array"},
                "informationOnly": {"type": "boolean", "description": "Shown, never scored; so are its children, which need no rule."},
                "structure": {"type": "array", "items": {"$ref": "#/definitions/text"}},
                "note": {"type": "string"},
                "method": {"type": "string", "description": "How the source works out the points (Cách xác định và tính điểm), as the decision words it."},
                "evidence": {"type": "string", "description": "The evidence the source asks for (Tài liệu kiểm chứng)."},
                "dataSource": {"type": "string", "description": "Where the data comes from (Nguồn thu thập dữ liệu)."},
                "verifiedBy": {"type": "string", "description": "The body that helps verify the data (Đơn vị phối hợp xác minh)."}
              },
              "additionalProperties": false,
              "allOf": [
                {"if": {"required": ["children"], "properties": {"children": {"minItems": 1}}}, "then": {"not": {"required": ["rule"]}}},
                {"if": {"required": ["rule"], "properties": {"rule": {"const": "linear"}}}, "then": {"required": ["floor", "target"]}},
                {"if": {"required": ["rule"], "properties": {"rule": {"const": "steps"}}}, "then": {"required": ["steps"], "properties": {"steps": {"minItems": 1}}}},
                {"if": {"required": ["rule"], "properties": {"rule": {"const": "choice"}}}, "then": {"required": ["choices"], "properties": {"choices": {"minItems": 1}}}}
              ]
            },
            "tier": {
              "type": "object",
              "required": ["name"],
              "properties": {
                "name": {"$ref": "#/definitions/text"},
                "minimum": {"type": "number", "description": "The total must be at least this; give minimum or above, not both."},
                "above": {"type": "number", "description": "The total must be more than this; give minimum or above, not both."},
                "basis": {"enum": ["points", "index"]},
                "floors": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["node", "fraction"],
                    "properties": {"node": {"type": "string"}, "fraction": {"type": "number", "minimum": 0, "maximum": 1}},
                    "additionalProperties": false
                  }
                }
              },
              "oneOf": [{"required": ["minimum"]}, {"required": ["above"]}],
              "additionalProperties": false
            }
          }
        }
        """#
}
