/// Point frameworks' part of the JSON Schema of framework files (`chiso frameworks schema`).
enum PointSchema {
    /// The keys of point frameworks and the definitions they use, with the summary the schema's description
    /// gives of the scheme; ``FrameworkSchema`` adds them to the common part.
    static let fragment = #"""
        {
          "description": "points and tiers (scheme \"points\", as Decision 3043/QĐ-UBND and the DTI)",
          "properties": {
            "precision": {"type": "integer", "minimum": 0, "maximum": 9, "description": "Points: decimals of the published index; ranks compare at this precision."},
            "classPrecision": {"type": "integer", "minimum": 0, "maximum": 9, "description": "Points: decimals at which the sources publish the figure tiers are read on (the index for tiers on the index, the total for tiers on points); the figure is rounded half away from zero to them before a tier's minimum is compared. Omitted: the unrounded figure is compared, and a total is never rounded to fit a tier. Needs tiers whose minima are written at that precision."},
            "unrankedBelowTiers": {"type": "boolean", "description": "Points: true when the source leaves units below the lowest tier unranked (Decision 3043/QĐ-UBND: \"không xếp hạng\"); they get no rank, and the others are ranked among themselves. Needs tiers."},
            "belowTiers": {"$ref": "#/$defs/text", "description": "Points: the name of the class below the lowest tier, as the sources call it; omitted: \"Không xếp hạng\" (Unranked)."},
            "nodes": {"type": "array", "items": {"$ref": "#/$defs/node"}},
            "views": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "name", "nodes"],
                "properties": {"id": {"type": "string"}, "name": {"$ref": "#/$defs/text"}, "nodes": {"type": "array", "items": {"type": "string"}}},
                "additionalProperties": false
              }
            },
            "tiers": {"type": "array", "items": {"$ref": "#/$defs/tier"}, "description": "Points: tiers best first."}
          },
          "$defs": {
            "node": {
              "type": "object",
              "required": ["id", "name"],
              "properties": {
                "id": {"type": "string"},
                "theme": {"$ref": "#/$defs/theme"},
                "name": {"$ref": "#/$defs/text"},
                "max": {"type": ["number", "null"], "minimum": 0, "description": "Maximum points; null when the sources do not give it."},
                "rule": {"enum": ["points", "ratio", "proportional", "steps", "yesNo", "linear", "choice"]},
                "measure": {"$ref": "#/$defs/measure"},
                "steps": {
                  "type": "array",
                  "items": {"type": "object", "required": ["atLeast", "points"], "properties": {"atLeast": {"type": "number"}, "points": {"type": "number"}}, "additionalProperties": false},
                  "description": "Highest threshold first."
                },
                "floor": {"type": "number"},
                "target": {"type": "number"},
                "choices": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["value"],
                    "properties": {"value": {"type": "string"}, "name": {"$ref": "#/$defs/text"}, "points": {"type": "number", "minimum": 0}, "fraction": {"type": "number", "minimum": 0, "maximum": 1}},
                    "additionalProperties": false
                  },
                  "description": "choice rule: the answers, each with points or a fraction of max; data cells give the value or the name."
                },
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
                "informationOnly": {"type": "boolean"},
                "structure": {"type": "array", "items": {"$ref": "#/$defs/text"}},
                "note": {"type": "string"},
                "method": {"type": "string", "description": "How the source works out the points (Cách xác định và tính điểm), as the decision words it."},
                "evidence": {"type": "string", "description": "The evidence the source asks for (Tài liệu kiểm chứng)."},
                "dataSource": {"type": "string", "description": "Where the data comes from (Nguồn thu thập dữ liệu)."},
                "verifiedBy": {"type": "string", "description": "The body that helps verify the data (Đơn vị phối hợp xác minh)."}
              },
              "additionalProperties": false
            },
            "tier": {
              "type": "object",
              "required": ["name"],
              "properties": {
                "name": {"$ref": "#/$defs/text"},
                "minimum": {"type": "number", "description": "The total must be at least this."},
                "above": {"type": "number", "description": "The total must be more than this."},
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
