namespace Factbook.Generator.Kinds
{
    /// <summary><c>bool</c>: <c>true</c> or <c>false</c> only, never YAML 1.1's <c>yes</c> or <c>on</c>.</summary>
    internal sealed class BoolKind : ScalarKind
    {
        public override string Keyword => "bool";

        public override string Expectation => "true or false";

        public override string? Parse(string text) => text is "true" or "false" ? text : null;

        public override string Explain(string text) =>
            text is "yes" or "no" or "on" or "off" or "True" or "False" or "TRUE" or "FALSE" or "y" or "n"
                ? "; write true or false (lowercase): other YAML tools read '" + text + "' differently"
                : string.Empty;

        public override string CSharpType(EmitContext context) => "bool";

        public override void Encode(StringBuilder table, string canonical) => TableFormat.WriteBool(table, canonical == "true");

        public override string Decode(string reader, EmitContext context) => reader + ".Bool()";

        public override JsonSchemaFacts JsonSchema { get; } = new("boolean");
    }
}
