/// Level frameworks' part of the JSON Schema of framework files (`chiso frameworks schema`).
enum LevelSchema {
    /// The keys of level frameworks and the definitions they use, with the summary the schema's description
    /// gives of the scheme; ``FrameworkSchema`` adds them to the common part.
    ///
    /// The schema checks what `chiso frameworks validate` checks where a schema can: one to ten levels, groups and
    /// at least one criterion; a requirement with exactly one rule (`ruleMembers` describes them, `rule` and
    /// `requirement` close them without and with `text`); `childLevels` rules on a `childLevels` criterion only;
    /// `yes` on a yes/no measure and `atLeast` on any other, within a percentage's 0–100 and a share's 0–1. What
    /// needs counting or other criteria (one requirement per level, known groups and second measures) is left to
    /// `validate`.
    static let fragment = #"""
        {
          "description": "threshold levels (scheme \"levels\", as Decision 2361/QĐ-BTTTT)",
          "required": ["levels", "groups", "criteria"],
          "properties": {
            "childFramework": {"type": "string", "description": "Levels: ID (or file name beside this one) of the framework that scores subordinate units."},
            "levels": {"type": "array", "items": {"$ref": "#/definitions/text"}, "minItems": 1, "maxItems": 10, "description": "Levels: names from level 1 up."},
            "extendedMinimum": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 100}, {"type": "array", "items": {"type": "number", "minimum": 0, "maximum": 100}}], "description": "Levels: the share in percent of its extended criteria each level needs (one number, or one per level)."},
            "levelRule": {"enum": ["perLevel", "cumulative"], "description": "Levels: perLevel (default; Decision 2361 II.1.c) reaches the highest level whose own criteria are all met; cumulative needs every criterion of levels 1 to L."},
            "groups": {
              "type": "array",
              "items": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"}, "name": {"$ref": "#/definitions/text"}}, "additionalProperties": false}
            },
            "criteria": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/criterion"}}
          },
          "definitions": {
            "criterion": {
              "type": "object",
              "required": ["id", "group", "name", "unit", "measure", "requirements"],
              "properties": {
                "id": {"type": "string"},
                "theme": {"$ref": "#/definitions/theme"},
                "group": {"type": "string"},
                "name": {"$ref": "#/definitions/text"},
                "unit": {"$ref": "#/definitions/text"},
                "measure": {"anyOf": [{"$ref": "#/definitions/measure"}, {"const": "childLevels"}]},
                "secondMeasures": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["suffix", "measure", "name"],
                    "properties": {"suffix": {"type": "string"}, "measure": {"$ref": "#/definitions/measure"}, "name": {"$ref": "#/definitions/text"}},
                    "additionalProperties": false
                  }
                },
                "requirements": {"type": "array", "items": {"$ref": "#/definitions/requirement"}, "description": "One per level."},
                "method": {"type": "string"},
                "legalBasis": {"type": "string"},
                "extended": {"type": "boolean", "description": "Levels: an extended (not mandatory) criterion; a level needs only extendedMinimum percent of them."},
                "conditional": {"type": "string", "description": "Levels: why the criterion may not apply to a unit (\"nếu có\"); data may then say KAD (không áp dụng) for it."}
              },
              "additionalProperties": false,
              "allOf": [
                {
                  "if": {"properties": {"measure": {"const": "childLevels"}}},
                  "then": {"properties": {"requirements": {"items": {"anyOf": [{"required": ["childLevels"]}, {"required": ["notApplicable"]}]}}}},
                  "else": {"properties": {"requirements": {"items": {"not": {"required": ["childLevels"]}}}}}
                },
                {
                  "if": {"properties": {"measure": {"const": "yesNo"}}},
                  "then": {"properties": {"requirements": {"items": {"$ref": "#/definitions/onYesNo"}}}},
                  "else": {"properties": {"requirements": {"items": {"$ref": "#/definitions/notOnYesNo"}}}}
                },
                {
                  "if": {"properties": {"measure": {"const": "percent"}}},
                  "then": {"properties": {"requirements": {"items": {"$ref": "#/definitions/onPercent"}}}}
                },
                {
                  "if": {"properties": {"measure": {"const": "ratio"}}},
                  "then": {"properties": {"requirements": {"items": {"$ref": "#/definitions/onRatio"}}}}
                }
              ]
            },
            "onYesNo": {
              "if": {"not": {"required": ["measure"]}},
              "then": {"not": {"required": ["atLeast"]}, "description": "A yes/no criterion's requirement is \"yes\": true, not atLeast."}
            },
            "notOnYesNo": {
              "if": {"not": {"required": ["measure"]}},
              "then": {"not": {"required": ["yes"]}, "description": "\"yes\": true needs \"measure\": \"yesNo\"; give atLeast for other measures."}
            },
            "onPercent": {
              "if": {"not": {"required": ["measure"]}},
              "then": {"properties": {"atLeast": {"minimum": 0, "maximum": 100}}}
            },
            "onRatio": {
              "if": {"not": {"required": ["measure"]}},
              "then": {"properties": {"atLeast": {"minimum": 0, "maximum": 1}}}
            },
            "ruleMembers": {
              "type": "object",
              "properties": {
                "measure": {"type": "string", "description": "Suffix of a second measure; the main measure when absent."},
                "notApplicable": {"const": true},
                "atLeast": {"type": "number"},
                "yes": {"const": true},
                "anyOf": {"type": "array", "minItems": 2, "items": {"$ref": "#/definitions/rule"}},
                "childLevels": {
                  "type": "object",
                  "required": ["allAtLeast"],
                  "properties": {"allAtLeast": {"type": "integer", "minimum": 0, "maximum": 10}, "shareLevel": {"type": "integer", "minimum": 0, "maximum": 10}, "sharePercent": {"type": "number", "minimum": 0, "maximum": 100}},
                  "dependencies": {"shareLevel": ["sharePercent"]},
                  "additionalProperties": false
                }
              },
              "oneOf": [
                {"required": ["notApplicable"]}, {"required": ["atLeast"]}, {"required": ["yes"]}, {"required": ["anyOf"]}, {"required": ["childLevels"]}
              ]
            },
            "rule": {
              "allOf": [{"$ref": "#/definitions/ruleMembers"}],
              "properties": {"measure": true, "notApplicable": true, "atLeast": true, "yes": true, "anyOf": true, "childLevels": true},
              "additionalProperties": false
            },
            "requirement": {
              "allOf": [{"$ref": "#/definitions/ruleMembers"}],
              "properties": {
                "text": {"type": "string", "description": "The source's own wording."},
                "measure": true, "notApplicable": true, "atLeast": true, "yes": true, "anyOf": true, "childLevels": true
              },
              "additionalProperties": false
            }
          }
        }
        """#
}
