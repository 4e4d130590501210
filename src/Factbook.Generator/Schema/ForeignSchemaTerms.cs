namespace Factbook.Generator.Schema
{
    /// <summary>
    /// Words authors bring from other schema languages (JSON Schema, OpenAPI, Zod) and what Factbook says
    /// instead, so a familiar mistake gets the fix rather than only "unknown key".
    /// </summary>
    internal static class ForeignSchemaTerms
    {
        private const string Required = "Factbook fields are required by default; drop 'required' and write 'optional: true' on a field that may be left out";

        // Each hint, and the Factbook keys it points to: it is given only where one of them is allowed.
        private static readonly Dictionary<string, (string Hint, string[] PointsTo)> Keys = new(StringComparer.Ordinal)
        {
            ["required"] = (Required, new[] { "optional", "fields" }),
            ["nullable"] = ("write 'optional: true'", new[] { "optional" }),
            ["enum"] = ("write 'type: enum' and list the values under 'values'", new[] { "values" }),
            ["properties"] = ("write 'fields'", new[] { "fields" }),
            ["items"] = ("write the item type followed by [] as the type, e.g. 'type: string[]'", new[] { "type" }),
            ["title"] = ("write 'description'", new[] { "description" }),
            ["format"] = ("name the kind as the type, e.g. 'type: date' or 'type: url'", new[] { "type" }),
        };

        private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
        {
            ["integer"] = "int",
            ["number"] = "decimal",
            ["float"] = "double",
            ["datetimeoffset"] = "datetime",
            ["timestamp"] = "datetime",
            ["boolean"] = "bool",
            ["str"] = "string",
            ["text"] = "string",
            ["uri"] = "url",
            ["array"] = "a type followed by [], e.g. string[]",
            ["list"] = "a type followed by [], e.g. string[]",
        };

        /// <summary>" (…what to write instead)" for a key of another schema language where <paramref name="allowed"/> has its counterpart, or null.</summary>
        public static string? KeyHint(string key, IEnumerable<string> allowed) =>
            Keys.TryGetValue(key, out var hint) && hint.PointsTo.Any(allowed.Contains) ? " (" + hint.Hint + ")" : null;

        /// <summary>" (did you mean 'int'?)" for a type name of another schema language, or null.</summary>
        public static string? TypeHint(string type) =>
            Types.TryGetValue(type, out var ours) ? (ours.IndexOf(' ') < 0 ? " (did you mean '" + ours + "'?)" : " (write " + ours + ")") : null;
    }
}
