namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// <c>bool</c>: <c>true</c> or <c>false</c> only, never YAML 1.1's <c>yes</c> or <c>on</c>, which YAML 1.2 tools
    /// read as text; unless the schema says <c>booleans: yaml1.1</c>, for data written for YAML 1.1 readers
    /// (Jekyll, Ruby, Ansible), where those words are booleans.
    /// </summary>
    internal sealed class BoolKind : ScalarKind
    {
        private static readonly Dictionary<string, string> Yaml11Words = new(StringComparer.Ordinal)
        {
            ["y"] = "true", ["Y"] = "true", ["yes"] = "true", ["Yes"] = "true", ["YES"] = "true",
            ["n"] = "false", ["N"] = "false", ["no"] = "false", ["No"] = "false", ["NO"] = "false",
            ["true"] = "true", ["True"] = "true", ["TRUE"] = "true",
            ["false"] = "false", ["False"] = "false", ["FALSE"] = "false",
            ["on"] = "true", ["On"] = "true", ["ON"] = "true",
            ["off"] = "false", ["Off"] = "false", ["OFF"] = "false",
        };

        private readonly bool _yaml11;

        public BoolKind(bool yaml11 = false)
        {
            _yaml11 = yaml11;
            JsonSchema = yaml11
                ? new JsonSchemaFacts("boolean", "string") { Pattern = "^(" + string.Join("|", Yaml11Words.Keys) + ")$" }
                : new JsonSchemaFacts("boolean");
        }

        public override string Keyword => "bool";

        public override string Expectation => _yaml11 ? "true or false (or YAML 1.1's yes, no, on, off)" : "true or false";

        public override string? Parse(string text) =>
            _yaml11 ? (Yaml11Words.TryGetValue(text, out var canonical) ? canonical : null)
            : text is "true" or "false" ? text : null;

        public override string Explain(string text) =>
            !_yaml11 && Yaml11Words.ContainsKey(text)
                ? "; write true or false (lowercase): other YAML tools read '" + text + "' differently. For data written for YAML 1.1 readers, accept it with 'booleans: yaml1.1' on the field, or at the top of the schema file for all its bool fields"
                : string.Empty;

        public override string CSharpType(EmitContext context) => "bool";

        public override void Encode(StringBuilder table, string canonical) => TableFormat.WriteBool(table, canonical == "true");

        public override string Decode(string reader, EmitContext context) => reader + ".Bool()";

        public override JsonSchemaFacts JsonSchema { get; }
    }
}
