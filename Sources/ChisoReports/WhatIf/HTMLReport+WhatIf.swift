import ChisoCore
import ChisoFormats

extension HTMLReport {
    /// Units whose values are handed on together while the what-if part's data is written.
    static let whatIfBatch = 500

    /// Try a change: a panel, shown only when the page's script runs, in which a reader picks a unit, changes its
    /// values (or applies its plan, or for a district its communes' levels) and sees its class, score and blockers
    /// change, scored in the browser by the scheme's own evaluator (``SchemeBrowserModel``). The framework's
    /// requirements and every unit's values are embedded as JSON; nothing is fetched. A scheme without a browser
    /// model gets a sentence saying the part is not available for it.
    mutating func writeWhatIf(flushingTo write: (String) throws(InputError) -> Void) throws(InputError) {
        guard let browser = framework.browserModel else {
            html.element("p", ["class": "note"], text: words(WhatIfPanelPhrase.notAvailable.text))
            return
        }
        html.element("p", text: words(WhatIfPanelPhrase.description.text))
        html.element("p", ["class": "note whatif-noscript"], text: words(WhatIfPanelPhrase.needsScript.text))
        writeWhatIfPanel()
        html.open("script", ["type": "application/json", "id": "whatif-data"])
        html.raw(WhatIfData.head(of: self, model: browser.browserModel()))
        try write(html.take())
        let results = input.scoring.results
        let children = WhatIfData.Children(input.scoring, tally: tally)
        let plans = WhatIfData.plans(input.plan, scheme: scheme, results: results)
        for position in results.indices {
            if position > 0 { html.raw(",") }
            html.raw(
                WhatIfData.unit(
                    results[position], label: label(results[position].unit),
                    children: children.list(of: position, results: results), plan: plans[position]))
            if position % Self.whatIfBatch == Self.whatIfBatch - 1 { try write(html.take()) }
        }
        html.raw("]}")
        html.close("script")
        html.open("script")
        html.raw(WhatIfScript.source(evaluator: browser.browserEvaluator))
        html.close("script")
    }

    private mutating func writeWhatIfPanel() {
        // On paper the part keeps its heading and its sentence; the panel is for the screen.
        html.open("style")
        html.raw("@media print{#whatif-panel{display:none}}tr.changed th{font-style:italic}")
        html.close("style")
        html.open("div", ["id": "whatif-panel", "class": "whatif", "hidden": ""])
        html.open("p")
        html.element("label", ["for": "whatif-unit"], text: words(WhatIfPanelPhrase.unit.text) + " ")
        html.element("select", ["id": "whatif-unit"], text: "")
        html.raw(" ")
        html.element("button", ["type": "button", "id": "whatif-reset"], text: words(WhatIfPanelPhrase.reset.text))
        html.raw(" ")
        html.element(
            "button", ["type": "button", "id": "whatif-plan", "hidden": ""],
            text: words(WhatIfPanelPhrase.applyPlan.text))
        html.close("p")
        html.element("div", ["id": "whatif-result", "aria-live": "polite"], text: "")
        html.open("fieldset", ["id": "whatif-children", "hidden": ""])
        html.element("legend", text: words(WhatIfPanelPhrase.subordinateLevels.text))
        html.element(
            "div",
            [
                "id": "whatif-children-list",
                "style": "display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.3rem 1rem",
            ], text: "")
        html.close("fieldset")
        html.open("table", ["class": "whatif-values"])
        html.element("caption", text: words(WhatIfPanelPhrase.values.text))
        html.open("thead")
        html.open("tr")
        for column in [WhatIfPanelPhrase.criterionColumn, .valueColumn, .dataColumn] {
            html.element("th", ["scope": "col"], text: words(column.text))
        }
        html.close("tr")
        html.close("thead")
        html.element("tbody", ["id": "whatif-values"], text: "")
        html.close("table")
        html.close("div")
    }
}
