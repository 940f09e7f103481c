import ChisoFormats
import Testing

/// JSON Lines made from a command's CSV: one flat object per row, the CSV's columns as keys in order, numbers where a
/// column holds only plain numbers (and no IDs), `null` for an empty field.
@Suite struct JSONLinesTests {
    /// CSV in, JSON Lines out, one case per rule.
    @Test(arguments: [
        // Numbers as numbers, each the number its text reads as (`0.40` is 0.4); text as text.
        (
            "unit_id,score,index,tier\nU1,621.41,0.40,Khá\n",
            "{\"unit_id\": \"U1\", \"score\": 621.41, \"index\": 0.4, \"tier\": \"Khá\"}\n"
        ),
        // An empty field is null, and every line has every key.
        (
            "unit_id,parent_id,score\nU1,,\nU2,H1,12\n",
            "{\"unit_id\": \"U1\", \"parent_id\": null, \"score\": null}\n"
                + "{\"unit_id\": \"U2\", \"parent_id\": \"H1\", \"score\": 12}\n"
        ),
        // ID columns stay text even when they look like numbers.
        ("unit_id,criterion,value\n007,1.2,5\n", "{\"unit_id\": \"007\", \"criterion\": \"1.2\", \"value\": 5}\n"),
        // A column with any text is text on every line, so a frame's column has one type.
        (
            "statistic,value\nrank,3\nclass,Khá\n",
            "{\"statistic\": \"rank\", \"value\": \"3\"}\n{\"statistic\": \"class\", \"value\": \"Khá\"}\n"
        ),
        // Quotes, commas and line breaks in a field are escaped onto the one line.
        ("name,note\n\"a, b\",\"x \"\"y\"\"\nz\"\n", "{\"name\": \"a, b\", \"note\": \"x \\\"y\\\"\\nz\"}\n"),
        // A leading zero or an exponent is not a plain number: the column is text.
        ("code\n012\n", "{\"code\": \"012\"}\n"),
        ("code\n1e5\n", "{\"code\": \"1e5\"}\n"),
        // A header without rows gives no line.
        ("unit_id,score\n", ""),
    ])
    func document(csv: String, expected: String) {
        #expect(JSONLines.document(csv: csv) == expected)
    }
}
