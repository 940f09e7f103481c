/// Level frameworks' part of the JSON Schema of framework files (`chiso frameworks schema`).
enum LevelSchema {
    /// The keys of level frameworks and the definitions they use, with the summary the schema's description
    /// gives of the scheme; ``FrameworkSchema`` adds them to the common part.
    static let fragment = #"""
        {
          "description": "threshold levels (scheme \"levels\", as Decision 2361/QĐ-BTTTT)",
          "properties": {
            "childFramework": {"type": "string", "description": "Levels: ID (or file name beside this one) of the framework that scores subordinate units."},
            "levels": {"type": "array", "items": {"$ref": "#/$defs/text"}, "minItems": 1, "maxItems": 10, "description": "Levels: names from level 1 up."},
            "extendedMinimum": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 100}, {"type": "array", "items": {"type": "number", "minimum": 0, "maximum": 100}}], "description": "Levels: the share in percent of its extended criteria each level needs (one number, or one per level)."},
            "levelRule": {"enum": ["perLevel", "cumulative"], "description": "Levels: perLevel (default; Decision 2361 II.1.c) reaches the highest level whose own criteria are all met; cumulative needs every criterion of levels 1 to L."},
            "groups": {
              "type": "array",
              "items": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"}, "name": {"$ref": "#/$defs/text"}}, "additionalProperties": false}
            },
            "criteria": {"type": "array", "items": {"$ref": "#/$defs/criterion"}}
          },
          "$defs": {
            "criterion": {
              "type": "object",
              "required": ["id", "group", "name", "unit", "measure", "requirements"],
              "properties": {
                "id": {"type": "string"},
                "theme": {"$ref": "#/$defs/theme"},
                "group": {"type": "string"},
                "name": {"$ref": "#/$defs/text"},
                "unit": {"$ref": "#/$defs/text"},
                "measure": {"anyOf": [{"$ref": "#/$defs/measure"}, {"const": "childLevels"}]},
                "secondMeasures": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["suffix", "measure", "name"],
                    "properties": {"suffix": {"type": "string"}, "measure": {"$ref": "#/$defs/measure"}, "name": {"$ref": "#/$defs/text"}},
                    "additionalProperties": false
                  }
                },
                "requirements": {"type": "array", "items": {"$ref": "#/$defs/requirement"}, "description": "One per level."},
                "method": {"type": "string"},
                "legalBasis": {"type": "string"},
                "extended": {"type": "boolean", "description": "Levels: an extended (not mandatory) criterion; a level needs only extendedMinimum percent of them."},
                "conditional": {"type": "string", "description": "Levels: why the criterion may not apply to a unit (\"nếu có\"); data may then say KAD (không áp dụng) for it."}
              },
              "additionalProperties": false
            },
            "rule": {
              "type": "object",
              "properties": {
                "measure": {"type": "string", "description": "Suffix of a second measure; the main measure when absent."},
                "notApplicable": {"const": true},
                "atLeast": {"type": "number"},
                "yes": {"const": true},
                "anyOf": {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/rule"}},
                "childLevels": {
                  "type": "object",
                  "required": ["allAtLeast"],
                  "properties": {"allAtLeast": {"type": "integer"}, "shareLevel": {"type": "integer"}, "sharePercent": {"type": "number", "minimum": 0, "maximum": 100}},
                  "additionalProperties": false
                }
              },
              "oneOf": [
                {"required": ["notApplicable"]}, {"required": ["atLeast"]}, {"required": ["yes"]}, {"required": ["anyOf"]}, {"required": ["childLevels"]}
              ]
            },
            "requirement": {
              "allOf": [{"$ref": "#/$defs/rule"}],
              "properties": {
                "text": {"type": "string", "description": "The source's own wording."},
                "measure": true, "notApplicable": true, "atLeast": true, "yes": true, "anyOf": true, "childLevels": true
              },
              "unevaluatedProperties": false
            }
          }
        }
        """#
}
